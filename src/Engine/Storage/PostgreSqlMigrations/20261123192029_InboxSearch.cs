using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TthcFlow.Engine.Storage.PostgreSqlMigrations
{
    /// <inheritdoc />
    public partial class InboxSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_dossiers_ReceivingAgencyEId_Status_ReturnedAt_WorkingDueAt",
                table: "dossiers",
                columns: new[] { "ReceivingAgencyEId", "Status", "ReturnedAt", "WorkingDueAt" });

            // Applicants' names in a trigram GIN index, which serves ILIKE '%…%' (pg_trgm is a
            // trusted extension: the database owner may create it).
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            migrationBuilder.Sql("""CREATE INDEX "IX_dossiers_ApplicantName_trgm" ON dossiers USING gin ("ApplicantName" gin_trgm_ops)""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_dossiers_ApplicantName_trgm" """);

            migrationBuilder.DropIndex(
                name: "IX_dossiers_ReceivingAgencyEId_Status_ReturnedAt_WorkingDueAt",
                table: "dossiers");
        }
    }
}
