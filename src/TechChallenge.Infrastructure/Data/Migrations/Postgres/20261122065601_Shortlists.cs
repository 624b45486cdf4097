using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TechChallenge.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Shortlists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RoundEntries",
                columns: table => new
                {
                    ChallengeId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundNumber = table.Column<int>(type: "integer", nullable: false),
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: false),
                    AdvancedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AdvancedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundEntries", x => new { x.ChallengeId, x.RoundNumber, x.ProposalId });
                    table.ForeignKey(
                        name: "FK_RoundEntries_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RoundEntries_ProposalId",
                table: "RoundEntries",
                column: "ProposalId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RoundEntries");
        }
    }
}
