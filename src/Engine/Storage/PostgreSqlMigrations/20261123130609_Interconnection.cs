using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TthcFlow.Engine.Storage.PostgreSqlMigrations
{
    /// <inheritdoc />
    public partial class Interconnection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChildDefinitionId",
                table: "tasks",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "ChildInstance",
                table: "tasks",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ChildVersion",
                table: "tasks",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Escalated",
                table: "tasks",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "Escalations",
                table: "tasks",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<long>(
                name: "OverdueAt",
                table: "tasks",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ParentTaskId",
                table: "tasks",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ApprovedAt",
                table: "supplement_requests",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovedBy",
                table: "supplement_requests",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DeclinedAt",
                table: "supplement_requests",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NeedsApproval",
                table: "supplement_requests",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "EscalatedToSuperiorAt",
                table: "dossiers",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ForeseeLateAt",
                table: "dossiers",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "apologies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    DossierId = table.Column<long>(type: "bigint", nullable: false),
                    Trigger = table.Column<byte>(type: "smallint", nullable: false),
                    Status = table.Column<byte>(type: "smallint", nullable: false),
                    OwedAt = table.Column<long>(type: "bigint", nullable: false),
                    LateTaskId = table.Column<long>(type: "bigint", nullable: true),
                    AgencyEId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SignerAgencyEId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SignerUnitCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SignerRole = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OriginalAppointmentAt = table.Column<long>(type: "bigint", nullable: true),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    NewReturnAt = table.Column<long>(type: "bigint", nullable: true),
                    Explanation = table.Column<string>(type: "text", nullable: true),
                    IssuedAt = table.Column<long>(type: "bigint", nullable: true),
                    IssuedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IssuedByName = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_apologies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_apologies_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "clock_pauses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    DossierId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<byte>(type: "smallint", nullable: false),
                    TaskId = table.Column<long>(type: "bigint", nullable: true),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    DueBefore = table.Column<long>(type: "bigint", nullable: true),
                    EndedAt = table.Column<long>(type: "bigint", nullable: true),
                    DueAfter = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clock_pauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_clock_pauses_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    DossierId = table.Column<long>(type: "bigint", nullable: false),
                    TaskId = table.Column<long>(type: "bigint", nullable: true),
                    Kind = table.Column<byte>(type: "smallint", nullable: false),
                    Recipient = table.Column<byte>(type: "smallint", nullable: false),
                    RecipientUser = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AgencyEId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    UnitCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Role = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ReadAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notifications_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_apologies_DossierId",
                table: "apologies",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_apologies_SignerAgencyEId_Status_OwedAt",
                table: "apologies",
                columns: new[] { "SignerAgencyEId", "Status", "OwedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_apologies_Status_AgencyEId_IssuedAt",
                table: "apologies",
                columns: new[] { "Status", "AgencyEId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_clock_pauses_DossierId",
                table: "clock_pauses",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_AgencyEId_UnitCode_Role_CreatedAt",
                table: "notifications",
                columns: new[] { "AgencyEId", "UnitCode", "Role", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_DossierId",
                table: "notifications",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_RecipientUser_CreatedAt",
                table: "notifications",
                columns: new[] { "RecipientUser", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "apologies");

            migrationBuilder.DropTable(
                name: "clock_pauses");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropColumn(
                name: "ChildDefinitionId",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "ChildInstance",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "ChildVersion",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "Escalated",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "Escalations",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "OverdueAt",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "ParentTaskId",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "supplement_requests");

            migrationBuilder.DropColumn(
                name: "ApprovedBy",
                table: "supplement_requests");

            migrationBuilder.DropColumn(
                name: "DeclinedAt",
                table: "supplement_requests");

            migrationBuilder.DropColumn(
                name: "NeedsApproval",
                table: "supplement_requests");

            migrationBuilder.DropColumn(
                name: "EscalatedToSuperiorAt",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "ForeseeLateAt",
                table: "dossiers");
        }
    }
}
