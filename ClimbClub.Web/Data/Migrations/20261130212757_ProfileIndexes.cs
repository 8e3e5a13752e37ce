using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClimbClub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProfileIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_NotInClub",
                table: "AspNetUsers",
                column: "Id",
                filter: "NOT \"IsActive\" OR \"ApprovalStatus\" <> 'Approved'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_NotInClub",
                table: "AspNetUsers");
        }
    }
}
