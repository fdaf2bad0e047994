using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TthcFlow.Engine.Storage.PostgreSqlMigrations
{
    /// <inheritdoc />
    public partial class InboxSteps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_tasks_live_steps",
                table: "tasks",
                columns: new[] { "AgencyEId", "UnitCode", "Role", "Status", "DueAt", "WarningAt", "StepType", "ParentTaskId", "AssignedTo", "ReceivedBy", "DossierId" },
                filter: "\"Status\" IN (1, 2)");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_Id_Status",
                table: "dossiers",
                columns: new[] { "Id", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tasks_live_steps",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_dossiers_Id_Status",
                table: "dossiers");
        }
    }
}
