using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TechChallenge.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PerRoundScoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every existing panel, assignment, card, criterion and appeal belongs to round 1.
            migrationBuilder.DropIndex(
                name: "IX_Scorecards_ProposalId_JudgeUserId",
                table: "Scorecards");

            migrationBuilder.DropPrimaryKey(
                name: "PK_JudgeAssignments",
                table: "JudgeAssignments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EntryAssignments",
                table: "EntryAssignments");

            migrationBuilder.DropIndex(
                name: "IX_EntryAssignments_ChallengeId_JudgeUserId",
                table: "EntryAssignments");

            migrationBuilder.AddColumn<int>(
                name: "RoundNumber",
                table: "ScoringCriteria",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "RoundNumber",
                table: "Scorecards",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "RoundNumber",
                table: "JudgeAssignments",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "RoundNumber",
                table: "EntryAssignments",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "RoundNumber",
                table: "Appeals",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddPrimaryKey(
                name: "PK_JudgeAssignments",
                table: "JudgeAssignments",
                columns: new[] { "ChallengeId", "RoundNumber", "JudgeUserId" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_EntryAssignments",
                table: "EntryAssignments",
                columns: new[] { "ProposalId", "RoundNumber", "JudgeUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_Scorecards_ProposalId_JudgeUserId_RoundNumber",
                table: "Scorecards",
                columns: new[] { "ProposalId", "JudgeUserId", "RoundNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EntryAssignments_ChallengeId_RoundNumber_JudgeUserId",
                table: "EntryAssignments",
                columns: new[] { "ChallengeId", "RoundNumber", "JudgeUserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Scorecards_ProposalId_JudgeUserId_RoundNumber",
                table: "Scorecards");

            migrationBuilder.DropPrimaryKey(
                name: "PK_JudgeAssignments",
                table: "JudgeAssignments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_EntryAssignments",
                table: "EntryAssignments");

            migrationBuilder.DropIndex(
                name: "IX_EntryAssignments_ChallengeId_RoundNumber_JudgeUserId",
                table: "EntryAssignments");

            migrationBuilder.DropColumn(
                name: "RoundNumber",
                table: "ScoringCriteria");

            migrationBuilder.DropColumn(
                name: "RoundNumber",
                table: "Scorecards");

            migrationBuilder.DropColumn(
                name: "RoundNumber",
                table: "JudgeAssignments");

            migrationBuilder.DropColumn(
                name: "RoundNumber",
                table: "EntryAssignments");

            migrationBuilder.DropColumn(
                name: "RoundNumber",
                table: "Appeals");

            migrationBuilder.AddPrimaryKey(
                name: "PK_JudgeAssignments",
                table: "JudgeAssignments",
                columns: new[] { "ChallengeId", "JudgeUserId" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_EntryAssignments",
                table: "EntryAssignments",
                columns: new[] { "ProposalId", "JudgeUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_Scorecards_ProposalId_JudgeUserId",
                table: "Scorecards",
                columns: new[] { "ProposalId", "JudgeUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EntryAssignments_ChallengeId_JudgeUserId",
                table: "EntryAssignments",
                columns: new[] { "ChallengeId", "JudgeUserId" });
        }
    }
}
