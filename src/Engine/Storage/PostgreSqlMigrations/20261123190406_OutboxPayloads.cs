using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TthcFlow.Engine.Storage.PostgreSqlMigrations
{
    /// <inheritdoc />
    public partial class OutboxPayloads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outbox_payloads",
                columns: table => new
                {
                    OutboxId = table.Column<long>(type: "bigint", nullable: false),
                    Payload = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_payloads", x => x.OutboxId);
                    table.ForeignKey(
                        name: "FK_outbox_payloads_outbox_OutboxId",
                        column: x => x.OutboxId,
                        principalTable: "outbox",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Payloads still kept move to their own table before the column goes.
            migrationBuilder.Sql("""INSERT INTO outbox_payloads ("OutboxId", "Payload") SELECT "Id", "Payload" FROM outbox WHERE "Payload" IS NOT NULL""");

            migrationBuilder.DropColumn(
                name: "Payload",
                table: "outbox");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Payload",
                table: "outbox",
                type: "bytea",
                nullable: true);

            migrationBuilder.Sql("""UPDATE outbox SET "Payload" = (SELECT p."Payload" FROM outbox_payloads p WHERE p."OutboxId" = outbox."Id")""");

            migrationBuilder.DropTable(
                name: "outbox_payloads");
        }
    }
}
