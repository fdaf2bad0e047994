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

            migrationBuilder.AddColumn<long>(
                name: "ParentTaskId",
                table: "tasks",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "ParentTaskId",
                table: "tasks");
        }
    }
}
