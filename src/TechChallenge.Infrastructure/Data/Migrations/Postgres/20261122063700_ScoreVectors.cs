using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TechChallenge.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ScoreVectors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ScoreVector",
                table: "Scorecards",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VectorCriteria",
                table: "Scorecards",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ScoreVector",
                table: "Scorecards");

            migrationBuilder.DropColumn(
                name: "VectorCriteria",
                table: "Scorecards");
        }
    }
}
