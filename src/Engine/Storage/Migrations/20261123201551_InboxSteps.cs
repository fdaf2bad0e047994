using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TthcFlow.Engine.Storage.Migrations
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

            // Without statistics SQLite's planner reads a step's dossier by rowid (the wide row)
            // rather than from (Id, Status); on a store that holds dossiers this gives it the numbers.
            migrationBuilder.Sql("ANALYZE \"IX_dossiers_Id_Status\"; ANALYZE \"IX_tasks_live_steps\";");
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
