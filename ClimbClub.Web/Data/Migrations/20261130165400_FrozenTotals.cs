using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClimbClub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FrozenTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "FrozenBefore",
                table: "RankingRuns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FrozenTotals",
                columns: table => new
                {
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GenerationKey = table.Column<int>(type: "INTEGER", nullable: false),
                    Points = table.Column<double>(type: "REAL", nullable: false),
                    Problems = table.Column<int>(type: "INTEGER", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Sessions = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrozenTotals", x => new { x.MemberId, x.GenerationKey });
                    table.ForeignKey(
                        name: "FK_FrozenTotals_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WeeklyScores_WeekEnd",
                table: "WeeklyScores",
                column: "WeekEnd");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FrozenTotals");

            migrationBuilder.DropIndex(
                name: "IX_WeeklyScores_WeekEnd",
                table: "WeeklyScores");

            migrationBuilder.DropColumn(
                name: "FrozenBefore",
                table: "RankingRuns");
        }
    }
}
