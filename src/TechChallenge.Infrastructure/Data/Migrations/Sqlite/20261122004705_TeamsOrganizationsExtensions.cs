using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TechChallenge.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TeamsOrganizationsExtensions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Proposals_AspNetUsers_SolverUserId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ChallengeId_SolverUserId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "SolverOrganizationId",
                table: "Proposals");

            migrationBuilder.RenameColumn(
                name: "SolverUserId",
                table: "Proposals",
                newName: "StartedByUserId");

            migrationBuilder.RenameIndex(
                name: "IX_Proposals_SolverUserId",
                table: "Proposals",
                newName: "IX_Proposals_StartedByUserId");

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAtUtc",
                table: "SolverOrganizations",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "DomainProofEmail",
                table: "SolverOrganizations",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DomainProofTokenHash",
                table: "SolverOrganizations",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EmailDomain",
                table: "SolverOrganizations",
                type: "TEXT",
                maxLength: 253,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewNote",
                table: "SolverOrganizations",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Verification",
                table: "SolverOrganizations",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "AdminApproved");

            migrationBuilder.AddColumn<DateTime>(
                name: "VerifiedAtUtc",
                table: "SolverOrganizations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TeamId",
                table: "Proposals",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<int>(
                name: "FileMaxMegabytes",
                table: "Challenges",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FileTotalMegabytes",
                table: "Challenges",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FileTypes",
                table: "Challenges",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Bio",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OrganizationRole",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OrganizationInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InvitedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcceptedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Revoked = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationInvitations_SolverOrganizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "SolverOrganizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Teams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Teams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Teams_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UserExpertise",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    FieldTagId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserExpertise", x => new { x.UserId, x.FieldTagId });
                    table.ForeignKey(
                        name: "FK_UserExpertise_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UserExpertise_FieldTags_FieldTagId",
                        column: x => x.FieldTagId,
                        principalTable: "FieldTags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineExtensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UntilUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    GrantedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    GrantedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeadlineExtensions_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExtensionRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RequestedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExtensionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExtensionRequests_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TeamInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    InvitedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RespondedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TeamInvitations_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TeamMembers",
                columns: table => new
                {
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ChallengeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JoinedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamMembers", x => new { x.TeamId, x.UserId });
                    table.ForeignKey(
                        name: "FK_TeamMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TeamMembers_SolverOrganizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "SolverOrganizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TeamMembers_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Every existing proposal becomes its solver's team of one (the team takes the proposal's id), existing
            // organisations count as approved, and their members as their admins.
            migrationBuilder.Sql("INSERT INTO \"Teams\" (\"Id\", \"ChallengeId\", \"Name\", \"CreatedAtUtc\") SELECT p.\"Id\", p.\"ChallengeId\", substr(u.\"DisplayName\", 1, 100), p.\"DraftSavedUtc\" FROM \"Proposals\" p JOIN \"AspNetUsers\" u ON u.\"Id\" = p.\"StartedByUserId\";");
            migrationBuilder.Sql("INSERT INTO \"TeamMembers\" (\"TeamId\", \"ChallengeId\", \"UserId\", \"Role\", \"OrganizationId\", \"JoinedAtUtc\") SELECT p.\"Id\", p.\"ChallengeId\", p.\"StartedByUserId\", 'Lead', u.\"SolverOrganizationId\", p.\"DraftSavedUtc\" FROM \"Proposals\" p JOIN \"AspNetUsers\" u ON u.\"Id\" = p.\"StartedByUserId\";");
            migrationBuilder.Sql("UPDATE \"Proposals\" SET \"TeamId\" = \"Id\";");
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"OrganizationRole\" = 'Admin' WHERE \"SolverOrganizationId\" IS NOT NULL;");
            migrationBuilder.Sql("UPDATE \"SolverOrganizations\" SET \"VerifiedAtUtc\" = \"CreatedAtUtc\";");

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_TeamId",
                table: "Proposals",
                column: "TeamId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineExtensions_ChallengeId_TeamId",
                table: "DeadlineExtensions",
                columns: new[] { "ChallengeId", "TeamId" });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineExtensions_TeamId",
                table: "DeadlineExtensions",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionRequests_ChallengeId_Status",
                table: "ExtensionRequests",
                columns: new[] { "ChallengeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionRequests_TeamId",
                table: "ExtensionRequests",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationInvitations_OrganizationId",
                table: "OrganizationInvitations",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationInvitations_TokenHash",
                table: "OrganizationInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TeamInvitations_Email_Status",
                table: "TeamInvitations",
                columns: new[] { "Email", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TeamInvitations_TeamId",
                table: "TeamInvitations",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamMembers_ChallengeId_UserId",
                table: "TeamMembers",
                columns: new[] { "ChallengeId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TeamMembers_OrganizationId",
                table: "TeamMembers",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamMembers_UserId",
                table: "TeamMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Teams_ChallengeId",
                table: "Teams",
                column: "ChallengeId");

            migrationBuilder.CreateIndex(
                name: "IX_UserExpertise_FieldTagId",
                table: "UserExpertise",
                column: "FieldTagId");

            migrationBuilder.AddForeignKey(
                name: "FK_Proposals_AspNetUsers_StartedByUserId",
                table: "Proposals",
                column: "StartedByUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Proposals_Teams_TeamId",
                table: "Proposals",
                column: "TeamId",
                principalTable: "Teams",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Proposals_AspNetUsers_StartedByUserId",
                table: "Proposals");

            migrationBuilder.DropForeignKey(
                name: "FK_Proposals_Teams_TeamId",
                table: "Proposals");

            migrationBuilder.DropTable(
                name: "DeadlineExtensions");

            migrationBuilder.DropTable(
                name: "ExtensionRequests");

            migrationBuilder.DropTable(
                name: "OrganizationInvitations");

            migrationBuilder.DropTable(
                name: "TeamInvitations");

            migrationBuilder.DropTable(
                name: "TeamMembers");

            migrationBuilder.DropTable(
                name: "UserExpertise");

            migrationBuilder.DropTable(
                name: "Teams");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_TeamId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "CreatedAtUtc",
                table: "SolverOrganizations");

            migrationBuilder.DropColumn(
                name: "DomainProofEmail",
                table: "SolverOrganizations");

            migrationBuilder.DropColumn(
                name: "DomainProofTokenHash",
                table: "SolverOrganizations");

            migrationBuilder.DropColumn(
                name: "EmailDomain",
                table: "SolverOrganizations");

            migrationBuilder.DropColumn(
                name: "ReviewNote",
                table: "SolverOrganizations");

            migrationBuilder.DropColumn(
                name: "Verification",
                table: "SolverOrganizations");

            migrationBuilder.DropColumn(
                name: "VerifiedAtUtc",
                table: "SolverOrganizations");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "FileMaxMegabytes",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "FileTotalMegabytes",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "FileTypes",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "Bio",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "OrganizationRole",
                table: "AspNetUsers");

            migrationBuilder.RenameColumn(
                name: "StartedByUserId",
                table: "Proposals",
                newName: "SolverUserId");

            migrationBuilder.RenameIndex(
                name: "IX_Proposals_StartedByUserId",
                table: "Proposals",
                newName: "IX_Proposals_SolverUserId");

            migrationBuilder.AddColumn<Guid>(
                name: "SolverOrganizationId",
                table: "Proposals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ChallengeId_SolverUserId",
                table: "Proposals",
                columns: new[] { "ChallengeId", "SolverUserId" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Proposals_AspNetUsers_SolverUserId",
                table: "Proposals",
                column: "SolverUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
