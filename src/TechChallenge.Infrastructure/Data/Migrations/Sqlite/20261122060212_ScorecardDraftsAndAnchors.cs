using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TechChallenge.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScorecardDraftsAndAnchors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Anchors",
                table: "ScoringCriteria",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "Complete",
                table: "Scorecards",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Until now a card could only be saved with every criterion scored.
            migrationBuilder.Sql("""UPDATE "Scorecards" SET "Complete" = 1 WHERE EXISTS (SELECT 1 FROM "CriterionScores" WHERE "CriterionScores"."ScorecardId" = "Scorecards"."Id");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Anchors",
                table: "ScoringCriteria");

            migrationBuilder.DropColumn(
                name: "Complete",
                table: "Scorecards");
        }
    }
}
