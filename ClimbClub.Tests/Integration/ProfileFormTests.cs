using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ClimbClub.Core.Reference;
using ClimbClub.Tests.Support;
using ClimbClub.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ClimbClub.Tests.Integration;

/// <summary>A member editing their profile on the static form: what is saved, what is refused, and what the header shows.</summary>
public sealed class ProfileFormTests(ClimbClubApp app) : IClassFixture<ClimbClubApp>
{
    private const string ProfilePage = "/Account/Manage/Profile";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheFormShowsMyDetailsWithTheGenerationReadOnly()
    {
        var id = await app.CreateMemberAsync("reader@profile.test", displayName: "Reader Ra");
        using var member = await app.SignedInVisitorAsync("reader@profile.test");
        var generation = await app.WithDbAsync(db => db.Generations
            .Where(g => db.Users.Any(u => u.Id == id && u.GenerationId == g.Id)).Select(g => g.Number).SingleAsync(Ct));

        var page = await member.GetPageAsync(ProfilePage);

        Assert.Equal("Reader Ra", Input(page, "Input.DisplayName")?.Value);
        Assert.Null(page.QuerySelector("select#generation"));
        var shown = page.QuerySelector<IHtmlInputElement>("input#generation");
        Assert.NotNull(shown);
        Assert.True(shown.IsReadOnly);
        Assert.Equal($"Gen {generation}", shown.Value);
        Assert.Equal("Set by the club's admins.", shown.Closest(".field")?.QuerySelector(".field-hint")?.TextContent);
        Assert.NotNull(page.QuerySelector("a[href=me]"));
    }

    [Fact]
    public async Task ATamperedGenerationIsRefusedWithTheClubsMessageAndNothingIsWritten()
    {
        var id = await app.CreateMemberAsync("tamperer@profile.test", displayName: "Tamper Tae");
        using var member = await app.SignedInVisitorAsync("tamperer@profile.test");
        var own = (await MemberAsync(id)).GenerationId;
        var other = await app.WithDbAsync(db => db.Generations.Where(g => g.Id != own).Select(g => g.Id).FirstAsync(Ct));
        var fields = await Journeys.DetailsFieldsAsync(app, "Input", "Renamed Ra");
        fields["Input.GenerationId"] = other.ToString(CultureInfo.InvariantCulture);

        using var response = await member.SubmitAsync(ProfilePage, "profile", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();
        Assert.Equal("Your generation is set by the club. Ask an admin to change it.", FieldError(page, "generation"));
        Assert.Equal(own.ToString(CultureInfo.InvariantCulture), Input(page, "Input.GenerationId")?.Value);
        var saved = await MemberAsync(id);
        Assert.Equal("Tamper Tae", saved.DisplayName);
        Assert.Equal(own, saved.GenerationId);
    }

    [Fact]
    public async Task AnInvalidDisplayNameShowsTheValidatorsMessageAndNothingIsWritten()
    {
        var id = await app.CreateMemberAsync("spacey@profile.test", displayName: "Spacey Seo");
        using var member = await app.SignedInVisitorAsync("spacey@profile.test");
        var fields = await Journeys.DetailsFieldsAsync(app, "Input", " Spacey", avatar: "wave");

        using var response = await member.SubmitAsync(ProfilePage, "profile", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();
        Assert.Equal("A name cannot start or end with a space.", FieldError(page, "display-name"));
        Assert.Equal(" Spacey", Input(page, "Input.DisplayName")?.Value);
        var saved = await MemberAsync(id);
        Assert.Equal("Spacey Seo", saved.DisplayName);
        Assert.Equal("peak", saved.Avatar);
    }

    [Fact]
    public async Task AValidEditIsSavedAndTheHeaderShowsTheNewNameAndAvatarOnTheNextPage()
    {
        var id = await app.CreateMemberAsync("renamer@profile.test", displayName: "Old Name");
        using var member = await app.SignedInVisitorAsync("renamer@profile.test");
        var (gym, colour) = await app.WithDbAsync(async db => (
            await db.Gyms.Where(g => g.IsActive).OrderByDescending(g => g.Id).Select(g => g.Id).FirstAsync(Ct),
            await db.Colours.Where(c => c.Level == 5).Select(c => c.Id).SingleAsync(Ct)));
        var fields = await Journeys.DetailsFieldsAsync(app, "Input", "새 이름", avatar: "flame");
        fields["Input.HomeGymId"] = gym.ToString(CultureInfo.InvariantCulture);
        fields["Input.LevelColourId"] = colour.ToString(CultureInfo.InvariantCulture);
        fields["Input.Introduction"] = "  Overhangs only.  ";

        using var response = await member.SubmitAsync(ProfilePage, "profile", fields);

        Assert.Equal(ProfilePage, response.RedirectTarget());
        var after = await member.FollowAsync(response);
        Assert.Equal("Your profile was saved.", after.QuerySelector("[role=status]")?.TextContent);
        Assert.Equal("새 이름", Input(after, "Input.DisplayName")?.Value);
        var saved = await MemberAsync(id);
        Assert.Equal(("새 이름", "flame", gym, colour, "Overhangs only."), (saved.DisplayName, saved.Avatar, saved.HomeGymId, saved.LevelColourId, saved.Introduction));

        var home = await member.GetPageAsync("/");
        Assert.Equal("새 이름", home.QuerySelector(".user-chip-name")?.TextContent);
        Assert.Equal("avatars/flame.svg", home.QuerySelector(".user-chip img")?.GetAttribute("src"));
    }

    [Fact]
    public async Task AHomeGymThatHasClosedIsStillShownAndCanBeKept()
    {
        var id = await app.CreateMemberAsync("loyal@profile.test", displayName: "Loyal Lee");
        var closed = new Gym { Name = "Old Quarry Wall", IsActive = false };
        await app.WithDbAsync(async db =>
        {
            db.Gyms.Add(closed);
            await db.SaveChangesAsync(Ct);
            return await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.HomeGymId, closed.Id), Ct);
        });
        using var member = await app.SignedInVisitorAsync("loyal@profile.test");

        var page = await member.GetPageAsync(ProfilePage);
        var gyms = page.QuerySelector<IHtmlSelectElement>("select#home-gym");
        Assert.NotNull(gyms);
        Assert.Equal(closed.Id.ToString(CultureInfo.InvariantCulture), gyms.Value);
        Assert.Contains("Old Quarry Wall", gyms.Options.Select(o => o.Text));

        var fields = await Journeys.DetailsFieldsAsync(app, "Input", "Loyal Lim");
        fields["Input.HomeGymId"] = closed.Id.ToString(CultureInfo.InvariantCulture);
        using var response = await member.SubmitAsync(ProfilePage, "profile", fields);

        Assert.Equal(ProfilePage, response.RedirectTarget());
        var saved = await MemberAsync(id);
        Assert.Equal(("Loyal Lim", closed.Id), (saved.DisplayName, saved.HomeGymId));
    }

    private Task<ClubMember> MemberAsync(string id) => app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id, Ct));

    private static IHtmlInputElement? Input(IHtmlDocument page, string name) => page.QuerySelector<IHtmlInputElement>($"input[name='{name}']");

    /// <summary>The validation message shown in the field that holds the input with this id.</summary>
    private static string? FieldError(IHtmlDocument page, string inputId) =>
        page.QuerySelector($"#{inputId}")?.Closest(".field")?.QuerySelector(".field-error")?.TextContent;
}
