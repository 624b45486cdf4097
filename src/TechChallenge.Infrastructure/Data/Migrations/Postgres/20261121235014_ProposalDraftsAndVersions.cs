using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TechChallenge.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProposalDraftsAndVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateTime>(
                name: "SubmittedAtUtc",
                table: "Proposals",
                type: "timestamp with time zone",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "timestamp with time zone");

            migrationBuilder.AddColumn<DateTime>(
                name: "DraftSavedUtc",
                table: "Proposals",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "Proposals",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Sections",
                table: "Proposals",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Proposals",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "SubmittedRevision",
                table: "Proposals",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VersionCount",
                table: "Proposals",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "InDraft",
                table: "ProposalAttachments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "UploadedUtc",
                table: "ProposalAttachments",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "ProposalVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Sections = table.Column<string>(type: "text", nullable: false),
                    Files = table.Column<string>(type: "text", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ContentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalVersions_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ChallengeId_Status",
                table: "Proposals",
                columns: new[] { "ChallengeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalAttachments_Sha256",
                table: "ProposalAttachments",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalVersions_ContentSha256",
                table: "ProposalVersions",
                column: "ContentSha256");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalVersions_ProposalId_Number",
                table: "ProposalVersions",
                columns: new[] { "ProposalId", "Number" },
                unique: true);

            // Proposals made before drafts and versions were all submitted once: each becomes version 1 of itself. The
            // content hash is filled in at start-up (DatabaseInitializer), where the canonical JSON is computed.
            migrationBuilder.Sql("""
                UPDATE "Proposals" SET "Status" = 'Submitted', "Sections" = '[]', "Revision" = 1, "SubmittedRevision" = 1,
                    "VersionCount" = 1, "DraftSavedUtc" = "SubmittedAtUtc";
                UPDATE "ProposalAttachments" a SET "InDraft" = TRUE, "UploadedUtc" = p."SubmittedAtUtc"
                FROM "Proposals" p WHERE p."Id" = a."ProposalId";
                INSERT INTO "ProposalVersions" ("Id", "ProposalId", "Number", "Title", "Body", "Sections", "Files", "SubmittedAtUtc", "ContentSha256")
                SELECT p."Id", p."Id", 1, p."Title", p."Body", '[]',
                    COALESCE((SELECT json_agg(json_build_object('attachmentId', a."Id", 'fileName', a."FileName", 'sizeBytes', a."SizeBytes", 'sha256', a."Sha256"))::text
                              FROM "ProposalAttachments" a WHERE a."ProposalId" = p."Id"), '[]'),
                    p."SubmittedAtUtc", ''
                FROM "Proposals" p;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProposalVersions");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ChallengeId_Status",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_ProposalAttachments_Sha256",
                table: "ProposalAttachments");

            migrationBuilder.DropColumn(
                name: "DraftSavedUtc",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Sections",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "SubmittedRevision",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "VersionCount",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "InDraft",
                table: "ProposalAttachments");

            migrationBuilder.DropColumn(
                name: "UploadedUtc",
                table: "ProposalAttachments");

            migrationBuilder.AlterColumn<DateTime>(
                name: "SubmittedAtUtc",
                table: "Proposals",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified),
                oldClrType: typeof(DateTime),
                oldType: "timestamp with time zone",
                oldNullable: true);
        }
    }
}
