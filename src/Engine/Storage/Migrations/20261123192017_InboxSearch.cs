using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TthcFlow.Engine.Storage.Migrations
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

            // Applicants' names in an FTS5 trigram index (case-insensitive substrings, diacritics kept),
            // its content read from dossiers. The engine writes dossiers with its own prepared
            // statements, so triggers keep the index in step; a migration that rebuilds the dossiers
            // table on SQLite drops them and must create them again (InboxTests would fail).
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE dossiers_search USING fts5(
                    "ApplicantName", content='dossiers', content_rowid='Id', tokenize='trigram')
                """);
            migrationBuilder.Sql("""INSERT INTO dossiers_search(dossiers_search) VALUES ('rebuild')""");
            migrationBuilder.Sql("""
                CREATE TRIGGER dossiers_search_insert AFTER INSERT ON dossiers BEGIN
                    INSERT INTO dossiers_search(rowid, "ApplicantName") VALUES (new."Id", new."ApplicantName");
                END
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER dossiers_search_delete AFTER DELETE ON dossiers BEGIN
                    INSERT INTO dossiers_search(dossiers_search, rowid, "ApplicantName") VALUES ('delete', old."Id", old."ApplicantName");
                END
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER dossiers_search_update AFTER UPDATE OF "ApplicantName" ON dossiers
                WHEN old."ApplicantName" IS NOT new."ApplicantName" BEGIN
                    INSERT INTO dossiers_search(dossiers_search, rowid, "ApplicantName") VALUES ('delete', old."Id", old."ApplicantName");
                    INSERT INTO dossiers_search(rowid, "ApplicantName") VALUES (new."Id", new."ApplicantName");
                END
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER dossiers_search_update");
            migrationBuilder.Sql("DROP TRIGGER dossiers_search_delete");
            migrationBuilder.Sql("DROP TRIGGER dossiers_search_insert");
            migrationBuilder.Sql("DROP TABLE dossiers_search");

            migrationBuilder.DropIndex(
                name: "IX_dossiers_ReceivingAgencyEId_Status_ReturnedAt_WorkingDueAt",
                table: "dossiers");
        }
    }
}
