using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TthcFlow.Engine.Storage.Migrations
{
    /// <inheritdoc />
    public partial class PostalTracking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ReturnDeliveredAt",
                table: "dossiers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnPostalCode",
                table: "dossiers",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReturnPostedAt",
                table: "dossiers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmissionPostalCode",
                table: "dossiers",
                type: "TEXT",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReturnDeliveredAt",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "ReturnPostalCode",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "ReturnPostedAt",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "SubmissionPostalCode",
                table: "dossiers");
        }
    }
}
