using System.Net;
using System.Text;
using ClimbClub.Core.Members;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Features.Profile;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>A member downloads their own data as CSV over HTTP, signed in as in a browser.</summary>
public sealed class ExportTests(StatsHistory history) : IClassFixture<StatsHistory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MySessionsExportHasARowPerColourRowWithPointsVoidsAndNotes()
    {
        var (response, bytes) = await DownloadAsync(StatsHistory.EvaEmail, ExportEndpoints.SessionsPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("climbclub-sessions-2026-03-19.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));

        var ids = await history.Club.App.WithDbAsync(db => db.Sessions.Where(x => x.MemberId == history.Eva.Id).OrderBy(x => x.Date).Select(x => x.Id).ToListAsync(Ct));
        var gym = await history.Club.App.WithDbAsync(db => db.Gyms.Where(g => g.Id == history.Club.GymId).Select(g => g.Name).SingleAsync(Ct));
        var note = $"\"{StatsHistory.EvaNote}\"";
        Assert.Equal(
            [
                "Session,Date,Start,End,Minutes,Gym,Colour,Problems,Points per problem,Points,Voided because,Note",
                $"{ids[0]},2026-02-26,18:00,19:30,90,{gym},{Colour(4)},2,1,2,,{note}",
                $"{ids[0]},2026-02-26,18:00,19:30,90,{gym},{Colour(5)},1,2,2,,{note}",
                $"{ids[1]},2026-02-28,10:00,11:00,60,{gym},{Colour(3)},2,0.5,1,,",
                $"{ids[2]},2026-03-03,18:00,20:00,120,{gym},{Colour(4)},3,1,3,,",
                $"{ids[2]},2026-03-03,18:00,20:00,120,{gym},{Colour(6)},1,2,2,,",
                $"{ids[3]},2026-03-05,19:00,20:15,75,{gym},{Colour(2)},4,0.5,2,,",
                $"{ids[4]},2026-03-17,18:00,21:00,180,{gym},{Colour(4)},1,1,1,,",
                $"{ids[4]},2026-03-17,18:00,21:00,180,{gym},{Colour(5)},3,2,6,,",
                $"{ids[4]},2026-03-17,18:00,21:00,180,{gym},{Colour(6)},2,2,4,,",
                $"{ids[5]},2026-03-19,18:00,19:00,60,{gym},{Colour(7)},5,2,10,Not a club session,",
            ],
            Lines(bytes));
    }

    [Fact]
    public async Task MyWeeklyScoresExportHasEveryRankedWeek()
    {
        var (response, bytes) = await DownloadAsync(StatsHistory.EvaEmail, ExportEndpoints.WeeklyScoresPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            [
                "Week start,Week end,Generation,Week,Points,Problems,Minutes,Sessions,Rank",
                "2026-02-21,2026-02-27,Gen 11,52,4,3,90,1,1",
                "2026-02-28,2026-02-28,Gen 11,53,1,2,60,1,1",
                "2026-03-01,2026-03-07,Gen 12,1,7,8,195,2,2",
                "2026-03-15,2026-03-21,Gen 12,3,11,6,180,1,1",
            ],
            Lines(bytes));
    }

    [Fact]
    public async Task AnotherMembersExportHoldsNothingOfMine()
    {
        var (_, bytes) = await DownloadAsync("finn@club.test", ExportEndpoints.SessionsPath);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal(4, Lines(bytes).Length);
        Assert.DoesNotContain(StatsHistory.EvaNote, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Not a club session", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoOneButAnApprovedMemberGetsAFile()
    {
        using var anonymous = history.Club.App.CreateVisitor();
        var response = await anonymous.GetAsync(ExportEndpoints.SessionsPath, Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.RedirectTarget(), StringComparison.Ordinal);

        await history.Club.App.CreateMemberAsync("waiting-export@club.test", status: ApprovalStatus.Pending);
        using var pending = history.Club.App.CreateVisitor();
        await pending.SignInAsync("waiting-export@club.test", ClimbClubApp.MemberPassword);
        var refused = await pending.GetAsync(ExportEndpoints.WeeklyScoresPath, Ct);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEqual("text/csv", refused.Content.Headers.ContentType?.MediaType);
    }

    private string Colour(int level) => history.ColourNames[level];

    private async Task<(HttpResponseMessage Response, byte[] Bytes)> DownloadAsync(string email, string path)
    {
        using var client = history.Club.App.CreateVisitor();
        var signedIn = await client.SignInAsync(email, ClimbClubApp.MemberPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var response = await client.GetAsync(path, Ct);
        return (response, await response.Content.ReadAsByteArrayAsync(Ct));
    }

    private static string[] Lines(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
