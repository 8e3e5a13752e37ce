using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClimbClub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SessionDuration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DurationMinutes",
                table: "Sessions",
                type: "INTEGER",
                nullable: false,
                computedColumnSql: "(CAST(substr(\"End\", 1, 2) AS INTEGER) * 60 + CAST(substr(\"End\", 4, 2) AS INTEGER)) - (CAST(substr(\"Start\", 1, 2) AS INTEGER) * 60 + CAST(substr(\"Start\", 4, 2) AS INTEGER))",
                stored: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DurationMinutes",
                table: "Sessions");
        }
    }
}
