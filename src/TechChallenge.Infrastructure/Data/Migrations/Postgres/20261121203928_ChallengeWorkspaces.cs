using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TechChallenge.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ChallengeWorkspaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Description",
                table: "Challenges",
                newName: "Statement");

            migrationBuilder.AddColumn<double>(
                name: "AwardAmount",
                table: "Challenges",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AwardCurrency",
                table: "Challenges",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "AwardDescription",
                table: "Challenges",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ConfidentialityTerms",
                table: "Challenges",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Challenges",
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ContactName",
                table: "Challenges",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "Challenges",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "CoverImageId",
                table: "Challenges",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Deliverables",
                table: "Challenges",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "EnterpriseConfidential",
                table: "Challenges",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "EnterpriseIndustry",
                table: "Challenges",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EnterpriseRegion",
                table: "Challenges",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "IpTerms",
                table: "Challenges",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsConfidential",
                table: "Challenges",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Region",
                table: "Challenges",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "RevisionNumber",
                table: "Challenges",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Challenges",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmissionOpensUtc",
                table: "Challenges",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TechnicalRequirements",
                table: "Challenges",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Type",
                table: "Challenges",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ChallengeAnnouncements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    PostedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    PostedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeAnnouncements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChallengeAnnouncements_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsCoverImage = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChallengeAttachments_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecipientUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DispatchedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChallengeEvents_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeFollows",
                columns: table => new
                {
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    FollowedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeFollows", x => new { x.ChallengeId, x.UserId });
                    table.ForeignKey(
                        name: "FK_ChallengeFollows_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChallengeFollows_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: false),
                    AskedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AskedPublicly = table.Column<bool>(type: "boolean", nullable: false),
                    AskedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Visibility = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Anonymised = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChallengeQuestions_AspNetUsers_AskedByUserId",
                        column: x => x.AskedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ChallengeQuestions_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeRegistrations",
                columns: table => new
                {
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TermsAcceptedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeRegistrations", x => new { x.ChallengeId, x.UserId });
                    table.ForeignKey(
                        name: "FK_ChallengeRegistrations_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChallengeRegistrations_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EditedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ChangedParts = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IsMaterial = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PreviousDeadlineUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NewDeadlineUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChallengeRevisions_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubmissionOpensUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmissionClosesUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    JudgingOpensUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    JudgingClosesUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChallengeRounds_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FieldTags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldTags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SubCenterInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubCenterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InvitedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AcceptedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcceptedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubCenterInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubCenterInvitations_SubCenters_SubCenterId",
                        column: x => x.SubCenterId,
                        principalTable: "SubCenters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeFields",
                columns: table => new
                {
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: false),
                    FieldsId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeFields", x => new { x.ChallengeId, x.FieldsId });
                    table.ForeignKey(
                        name: "FK_ChallengeFields_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChallengeFields_FieldTags_FieldsId",
                        column: x => x.FieldsId,
                        principalTable: "FieldTags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_AwardAmount",
                table: "Challenges",
                column: "AwardAmount");

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_PublishedAtUtc",
                table: "Challenges",
                column: "PublishedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_SubmissionDeadlineUtc",
                table: "Challenges",
                column: "SubmissionDeadlineUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeAnnouncements_ChallengeId_PostedAtUtc",
                table: "ChallengeAnnouncements",
                columns: new[] { "ChallengeId", "PostedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeAttachments_ChallengeId",
                table: "ChallengeAttachments",
                column: "ChallengeId");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeEvents_ChallengeId",
                table: "ChallengeEvents",
                column: "ChallengeId");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeEvents_DispatchedAtUtc",
                table: "ChallengeEvents",
                column: "DispatchedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeFields_FieldsId",
                table: "ChallengeFields",
                column: "FieldsId");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeFollows_UserId",
                table: "ChallengeFollows",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeQuestions_AskedByUserId",
                table: "ChallengeQuestions",
                column: "AskedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeQuestions_ChallengeId_AskedAtUtc",
                table: "ChallengeQuestions",
                columns: new[] { "ChallengeId", "AskedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeRegistrations_UserId",
                table: "ChallengeRegistrations",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeRevisions_ChallengeId_Number",
                table: "ChallengeRevisions",
                columns: new[] { "ChallengeId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeRounds_ChallengeId_Number",
                table: "ChallengeRounds",
                columns: new[] { "ChallengeId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FieldTags_Code",
                table: "FieldTags",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubCenterInvitations_SubCenterId",
                table: "SubCenterInvitations",
                column: "SubCenterId");

            migrationBuilder.CreateIndex(
                name: "IX_SubCenterInvitations_TokenHash",
                table: "SubCenterInvitations",
                column: "TokenHash",
                unique: true);

            // Existing challenges keep their award text; amounts were free text before and are left empty.
            migrationBuilder.Sql("UPDATE \"Challenges\" SET \"AwardDescription\" = COALESCE(\"Award\", ''), \"AwardCurrency\" = 'CNY'");

            migrationBuilder.DropColumn(
                name: "Award",
                table: "Challenges");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChallengeAnnouncements");

            migrationBuilder.DropTable(
                name: "ChallengeAttachments");

            migrationBuilder.DropTable(
                name: "ChallengeEvents");

            migrationBuilder.DropTable(
                name: "ChallengeFields");

            migrationBuilder.DropTable(
                name: "ChallengeFollows");

            migrationBuilder.DropTable(
                name: "ChallengeQuestions");

            migrationBuilder.DropTable(
                name: "ChallengeRegistrations");

            migrationBuilder.DropTable(
                name: "ChallengeRevisions");

            migrationBuilder.DropTable(
                name: "ChallengeRounds");

            migrationBuilder.DropTable(
                name: "SubCenterInvitations");

            migrationBuilder.DropTable(
                name: "FieldTags");

            migrationBuilder.DropIndex(
                name: "IX_Challenges_AwardAmount",
                table: "Challenges");

            migrationBuilder.DropIndex(
                name: "IX_Challenges_PublishedAtUtc",
                table: "Challenges");

            migrationBuilder.DropIndex(
                name: "IX_Challenges_SubmissionDeadlineUtc",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "AwardAmount",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "AwardCurrency",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "AwardDescription",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "ConfidentialityTerms",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "ContactName",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "CoverImageId",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "Deliverables",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "EnterpriseConfidential",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "EnterpriseIndustry",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "EnterpriseRegion",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "IpTerms",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "IsConfidential",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "Region",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "RevisionNumber",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "SubmissionOpensUtc",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "TechnicalRequirements",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "Type",
                table: "Challenges");

            migrationBuilder.RenameColumn(
                name: "Statement",
                table: "Challenges",
                newName: "Description");

            migrationBuilder.AddColumn<string>(
                name: "Award",
                table: "Challenges",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }
    }
}
