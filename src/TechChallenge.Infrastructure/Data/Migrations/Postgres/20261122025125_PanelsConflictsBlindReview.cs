using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TechChallenge.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PanelsConflictsBlindReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "BlindReview",
                table: "Challenges",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "JudgesPerEntry",
                table: "ChallengeRounds",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConflictDeclarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: false),
                    JudgeUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrganizationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DeclaredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConflictDeclarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConflictDeclarations_AspNetUsers_JudgeUserId",
                        column: x => x.JudgeUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConflictDeclarations_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EntryAssignments",
                columns: table => new
                {
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: false),
                    JudgeUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Manual = table.Column<bool>(type: "boolean", nullable: false),
                    AssignedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntryAssignments", x => new { x.ProposalId, x.JudgeUserId });
                    table.ForeignKey(
                        name: "FK_EntryAssignments_AspNetUsers_JudgeUserId",
                        column: x => x.JudgeUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EntryAssignments_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TeamDepartures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    LeftAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamDepartures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TeamDepartures_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConflictDeclarations_ChallengeId_JudgeUserId",
                table: "ConflictDeclarations",
                columns: new[] { "ChallengeId", "JudgeUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConflictDeclarations_JudgeUserId",
                table: "ConflictDeclarations",
                column: "JudgeUserId");

            migrationBuilder.CreateIndex(
                name: "IX_EntryAssignments_ChallengeId_JudgeUserId",
                table: "EntryAssignments",
                columns: new[] { "ChallengeId", "JudgeUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_EntryAssignments_JudgeUserId",
                table: "EntryAssignments",
                column: "JudgeUserId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamDepartures_TeamId",
                table: "TeamDepartures",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamDepartures_UserId",
                table: "TeamDepartures",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConflictDeclarations");

            migrationBuilder.DropTable(
                name: "EntryAssignments");

            migrationBuilder.DropTable(
                name: "TeamDepartures");

            migrationBuilder.DropColumn(
                name: "BlindReview",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "JudgesPerEntry",
                table: "ChallengeRounds");
        }
    }
}
