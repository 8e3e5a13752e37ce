using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClimbClub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Attendance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AttendanceRuns",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RanAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestsRejected = table.Column<int>(type: "INTEGER", nullable: false),
                    AbsencesMarked = table.Column<int>(type: "INTEGER", nullable: false),
                    HolidaysRecorded = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttendanceRuns", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "Holidays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Holidays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegularSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GenerationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Weekday = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    GymId = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegularSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegularSessions_Generations_GenerationId",
                        column: x => x.GenerationId,
                        principalTable: "Generations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RegularSessions_Gyms_GymId",
                        column: x => x.GymId,
                        principalTable: "Gyms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AttendanceRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GenerationId = table.Column<int>(type: "INTEGER", nullable: false),
                    WeekNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    WeekStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    IsAlternate = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegularSessionId = table.Column<int>(type: "INTEGER", nullable: true),
                    SessionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CheckedInAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CodeFingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttendanceRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AttendanceRecords_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AttendanceRecords_Generations_GenerationId",
                        column: x => x.GenerationId,
                        principalTable: "Generations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AttendanceRecords_RegularSessions_RegularSessionId",
                        column: x => x.RegularSessionId,
                        principalTable: "RegularSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "CheckInRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RegularSessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckInRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckInRequests_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CheckInRequests_RegularSessions_RegularSessionId",
                        column: x => x.RegularSessionId,
                        principalTable: "RegularSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceRecords_GenerationId_WeekStart",
                table: "AttendanceRecords",
                columns: new[] { "GenerationId", "WeekStart" });

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceRecords_MemberId_WeekStart",
                table: "AttendanceRecords",
                columns: new[] { "MemberId", "WeekStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceRecords_RegularSessionId",
                table: "AttendanceRecords",
                column: "RegularSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceRecords_SessionDate_RegularSessionId",
                table: "AttendanceRecords",
                columns: new[] { "SessionDate", "RegularSessionId" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckInRequests_MemberId_Date",
                table: "CheckInRequests",
                columns: new[] { "MemberId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckInRequests_RegularSessionId",
                table: "CheckInRequests",
                column: "RegularSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckInRequests_Status_Date",
                table: "CheckInRequests",
                columns: new[] { "Status", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Holidays_Date",
                table: "Holidays",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegularSessions_GenerationId_Weekday_GymId",
                table: "RegularSessions",
                columns: new[] { "GenerationId", "Weekday", "GymId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegularSessions_GymId",
                table: "RegularSessions",
                column: "GymId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AttendanceRecords");

            migrationBuilder.DropTable(
                name: "AttendanceRuns");

            migrationBuilder.DropTable(
                name: "CheckInRequests");

            migrationBuilder.DropTable(
                name: "Holidays");

            migrationBuilder.DropTable(
                name: "RegularSessions");
        }
    }
}
