using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TechChallenge.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddRegions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The free-text regions are kept in LegacyRegion. The region list is loaded, and those texts mapped to its
            // codes, by DatabaseInitializer at start-up (RegionListLoader): the list is a shipped file, not migration data.
            migrationBuilder.RenameColumn(
                name: "Region",
                table: "SubCenters",
                newName: "LegacyRegion");

            migrationBuilder.RenameColumn(
                name: "Region",
                table: "Challenges",
                newName: "LegacyRegion");

            migrationBuilder.AddColumn<string>(
                name: "RegionCode",
                table: "SubCenters",
                type: "TEXT",
                fixedLength: true,
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegionCode",
                table: "Challenges",
                type: "TEXT",
                fixedLength: true,
                maxLength: 6,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 6, nullable: true),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SubCenters_RegionCode",
                table: "SubCenters",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_RegionCode",
                table: "Challenges",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Regions_ParentCode",
                table: "Regions",
                column: "ParentCode");

            migrationBuilder.AddForeignKey(
                name: "FK_Challenges_Regions_RegionCode",
                table: "Challenges",
                column: "RegionCode",
                principalTable: "Regions",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_SubCenters_Regions_RegionCode",
                table: "SubCenters",
                column: "RegionCode",
                principalTable: "Regions",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Challenges_Regions_RegionCode",
                table: "Challenges");

            migrationBuilder.DropForeignKey(
                name: "FK_SubCenters_Regions_RegionCode",
                table: "SubCenters");

            migrationBuilder.DropTable(
                name: "Regions");

            migrationBuilder.DropIndex(
                name: "IX_SubCenters_RegionCode",
                table: "SubCenters");

            migrationBuilder.DropIndex(
                name: "IX_Challenges_RegionCode",
                table: "Challenges");

            migrationBuilder.DropColumn(
                name: "RegionCode",
                table: "SubCenters");

            migrationBuilder.DropColumn(
                name: "RegionCode",
                table: "Challenges");

            migrationBuilder.RenameColumn(
                name: "LegacyRegion",
                table: "SubCenters",
                newName: "Region");

            migrationBuilder.RenameColumn(
                name: "LegacyRegion",
                table: "Challenges",
                newName: "Region");
        }
    }
}
