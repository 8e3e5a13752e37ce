using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClimbClub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class BoardRankIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WeeklyScores_WeekKey_Rank",
                table: "WeeklyScores");

            migrationBuilder.DropIndex(
                name: "IX_GenerationScores_GenerationId_Rank",
                table: "GenerationScores");

            migrationBuilder.DropIndex(
                name: "IX_AllTimeScores_Rank",
                table: "AllTimeScores");

            migrationBuilder.CreateIndex(
                name: "IX_WeeklyScores_WeekKey_Rank_MemberId",
                table: "WeeklyScores",
                columns: new[] { "WeekKey", "Rank", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_GenerationScores_GenerationId_Rank_MemberId",
                table: "GenerationScores",
                columns: new[] { "GenerationId", "Rank", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_AllTimeScores_Rank_MemberId",
                table: "AllTimeScores",
                columns: new[] { "Rank", "MemberId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WeeklyScores_WeekKey_Rank_MemberId",
                table: "WeeklyScores");

            migrationBuilder.DropIndex(
                name: "IX_GenerationScores_GenerationId_Rank_MemberId",
                table: "GenerationScores");

            migrationBuilder.DropIndex(
                name: "IX_AllTimeScores_Rank_MemberId",
                table: "AllTimeScores");

            migrationBuilder.CreateIndex(
                name: "IX_WeeklyScores_WeekKey_Rank",
                table: "WeeklyScores",
                columns: new[] { "WeekKey", "Rank" });

            migrationBuilder.CreateIndex(
                name: "IX_GenerationScores_GenerationId_Rank",
                table: "GenerationScores",
                columns: new[] { "GenerationId", "Rank" });

            migrationBuilder.CreateIndex(
                name: "IX_AllTimeScores_Rank",
                table: "AllTimeScores",
                column: "Rank");
        }
    }
}
