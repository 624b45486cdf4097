using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TechChallenge.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ClockMilestonesRemindersJobHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AppealsClosesUtc",
                table: "ChallengeRounds",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReachedMilestone",
                table: "ChallengeRounds",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResultsPublishUtc",
                table: "ChallengeRounds",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JobGroup = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TriggerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TriggerGroup = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: true),
                    InstanceId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ScheduledFireUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FiredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    Result = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Error = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    JobDataJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReminderLogs",
                columns: table => new
                {
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Audience = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OffsetMinutes = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderLogs", x => new { x.ChallengeId, x.Round, x.Audience, x.OffsetMinutes, x.UserId });
                    table.ForeignKey(
                        name: "FK_ReminderLogs_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_ChallengeId",
                table: "JobRuns",
                column: "ChallengeId");

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_FinishedUtc",
                table: "JobRuns",
                column: "FinishedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_Succeeded_FinishedUtc",
                table: "JobRuns",
                columns: new[] { "Succeeded", "FinishedUtc" });

            // Rounds of running challenges: record what the clock had already applied to round 1.
            migrationBuilder.Sql("""
                UPDATE "ChallengeRounds" SET "ReachedMilestone" = CASE
                    (SELECT c."Status" FROM "Challenges" c WHERE c."Id" = "ChallengeRounds"."ChallengeId")
                    WHEN 'SubmissionsOpen' THEN 'SubmissionsOpen'
                    WHEN 'SubmissionsClosed' THEN 'SubmissionsClose'
                    WHEN 'Judging' THEN 'JudgingOpens'
                    WHEN 'ResultsPublished' THEN 'JudgingOpens'
                    WHEN 'Archived' THEN 'JudgingOpens'
                    ELSE NULL END
                WHERE "Number" = 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "ReminderLogs");

            migrationBuilder.DropColumn(
                name: "AppealsClosesUtc",
                table: "ChallengeRounds");

            migrationBuilder.DropColumn(
                name: "ReachedMilestone",
                table: "ChallengeRounds");

            migrationBuilder.DropColumn(
                name: "ResultsPublishUtc",
                table: "ChallengeRounds");
        }
    }
}
