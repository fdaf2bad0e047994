using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TthcFlow.Engine.Storage.PostgreSqlMigrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    DossierId = table.Column<long>(type: "bigint", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TaskId = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<byte>(type: "smallint", nullable: false),
                    Detail = table.Column<string>(type: "text", nullable: true),
                    PrevHash = table.Column<byte[]>(type: "bytea", nullable: true),
                    Hash = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "definitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DefinitionId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ProcedureCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Json = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedAt = table.Column<long>(type: "bigint", nullable: true),
                    ApprovalDecision = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovalDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprovedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_definitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dossiers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DefinitionId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "integer", nullable: false),
                    ProcedureCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ProcedureName = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Field = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<byte>(type: "smallint", nullable: false),
                    SubState = table.Column<byte>(type: "smallint", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    ApplicantName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ApplicantPhone = table.Column<string>(type: "text", nullable: true),
                    ApplicantEmail = table.Column<string>(type: "text", nullable: true),
                    ApplicantAddress = table.Column<string>(type: "text", nullable: true),
                    ProxyName = table.Column<string>(type: "text", nullable: true),
                    ProxyIdNumber = table.Column<string>(type: "text", nullable: true),
                    ProxyPhone = table.Column<string>(type: "text", nullable: true),
                    RequestContent = table.Column<string>(type: "text", nullable: true),
                    ReceivingAgencyEId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CompetentAgencyEId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: false),
                    ReceivedAt = table.Column<long>(type: "bigint", nullable: true),
                    ClockStartAt = table.Column<long>(type: "bigint", nullable: true),
                    AppointmentAt = table.Column<long>(type: "bigint", nullable: true),
                    WorkingDueAt = table.Column<long>(type: "bigint", nullable: true),
                    FinishedAt = table.Column<long>(type: "bigint", nullable: true),
                    ReturnedAt = table.Column<long>(type: "bigint", nullable: true),
                    EndedAt = table.Column<long>(type: "bigint", nullable: true),
                    EndReason = table.Column<string>(type: "text", nullable: true),
                    ReceivedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReceivedByName = table.Column<string>(type: "text", nullable: true),
                    SetsReceived = table.Column<int>(type: "integer", nullable: false),
                    ResultDelivery = table.Column<byte>(type: "smallint", nullable: false),
                    ReturnAgencyEId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    PaidOnline = table.Column<bool>(type: "boolean", nullable: false),
                    ResultForm = table.Column<byte>(type: "smallint", nullable: false),
                    SatisfactionRating = table.Column<byte>(type: "smallint", nullable: true),
                    SupplementCount = table.Column<int>(type: "integer", nullable: false),
                    Instance = table.Column<byte[]>(type: "bytea", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    AuditHash = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    DossierId = table.Column<long>(type: "bigint", nullable: false),
                    Seq = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Payload = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    DispatchedAt = table.Column<long>(type: "bigint", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sequences",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequences", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "timers",
                columns: table => new
                {
                    DossierId = table.Column<long>(type: "bigint", nullable: false),
                    Purpose = table.Column<byte>(type: "smallint", nullable: false),
                    Ref = table.Column<long>(type: "bigint", nullable: false),
                    DueAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_timers", x => new { x.DossierId, x.Purpose, x.Ref });
                });

            migrationBuilder.CreateTable(
                name: "dossier_documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    DossierId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<byte>(type: "smallint", nullable: false),
                    Name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Digitised = table.Column<bool>(type: "boolean", nullable: false),
                    Reused = table.Column<bool>(type: "boolean", nullable: false),
                    ReusedFrom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dossier_documents_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dossier_fees",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    DossierId = table.Column<long>(type: "bigint", nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AmountVnd = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dossier_fees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dossier_fees_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supplement_requests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    DossierId = table.Column<long>(type: "bigint", nullable: false),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AtReceipt = table.Column<bool>(type: "boolean", nullable: false),
                    Items = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    SuppliedAt = table.Column<long>(type: "bigint", nullable: true),
                    PreviousAppointmentAt = table.Column<long>(type: "bigint", nullable: true),
                    NewAppointmentAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supplement_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supplement_requests_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    DossierId = table.Column<long>(type: "bigint", nullable: false),
                    BookmarkId = table.Column<int>(type: "integer", nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StepType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "text", nullable: true),
                    Action = table.Column<string>(type: "text", nullable: true),
                    AgencyEId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Role = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AssignedTo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Status = table.Column<byte>(type: "smallint", nullable: false),
                    Outcomes = table.Column<string[]>(type: "text[]", nullable: false),
                    AllotmentHours = table.Column<double>(type: "double precision", nullable: false),
                    OpenedAt = table.Column<long>(type: "bigint", nullable: false),
                    FirstOpenedAt = table.Column<long>(type: "bigint", nullable: false),
                    WarningAt = table.Column<long>(type: "bigint", nullable: true),
                    DueAt = table.Column<long>(type: "bigint", nullable: true),
                    CountsTowardLimit = table.Column<bool>(type: "boolean", nullable: false),
                    GivenBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    GivenByName = table.Column<string>(type: "text", nullable: true),
                    ReceivedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReceivedByName = table.Column<string>(type: "text", nullable: true),
                    ReceivedAt = table.Column<long>(type: "bigint", nullable: true),
                    CompletedAt = table.Column<long>(type: "bigint", nullable: true),
                    Outcome = table.Column<string>(type: "text", nullable: true),
                    Comment = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tasks_dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_DossierId_Seq",
                table: "audit",
                columns: new[] { "DossierId", "Seq" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_definitions_DefinitionId_Version",
                table: "definitions",
                columns: new[] { "DefinitionId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossier_documents_DossierId",
                table: "dossier_documents",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_dossier_fees_DossierId",
                table: "dossier_fees",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_ApplicantIdNumber",
                table: "dossiers",
                column: "ApplicantIdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_Code",
                table: "dossiers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_CompetentAgencyEId_Status_SubmittedAt",
                table: "dossiers",
                columns: new[] { "CompetentAgencyEId", "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_ReceivingAgencyEId_Status_SubmittedAt",
                table: "dossiers",
                columns: new[] { "ReceivingAgencyEId", "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_dossiers_Status_WorkingDueAt",
                table: "dossiers",
                columns: new[] { "Status", "WorkingDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_DossierId_Seq_Kind",
                table: "outbox",
                columns: new[] { "DossierId", "Seq", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_pending",
                table: "outbox",
                column: "Id",
                filter: "\"DispatchedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_supplement_requests_DossierId",
                table: "supplement_requests",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_AgencyEId_UnitCode_Status_DueAt",
                table: "tasks",
                columns: new[] { "AgencyEId", "UnitCode", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_AssignedTo_Status",
                table: "tasks",
                columns: new[] { "AssignedTo", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_DossierId",
                table: "tasks",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_ReceivedBy_Status",
                table: "tasks",
                columns: new[] { "ReceivedBy", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_timers_DueAt",
                table: "timers",
                column: "DueAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit");

            migrationBuilder.DropTable(
                name: "definitions");

            migrationBuilder.DropTable(
                name: "dossier_documents");

            migrationBuilder.DropTable(
                name: "dossier_fees");

            migrationBuilder.DropTable(
                name: "outbox");

            migrationBuilder.DropTable(
                name: "sequences");

            migrationBuilder.DropTable(
                name: "supplement_requests");

            migrationBuilder.DropTable(
                name: "tasks");

            migrationBuilder.DropTable(
                name: "timers");

            migrationBuilder.DropTable(
                name: "dossiers");
        }
    }
}
