using System.Reflection;
using System.Security.Claims;
using ClimbClub.Core;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Challenges;
using ClimbClub.Core.Log;
using ClimbClub.Core.Members;
using ClimbClub.Core.Notifications;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Screen;
using ClimbClub.Core.SignUp;
using ClimbClub.Web.Features.Attendance;
using ClimbClub.Web.Features.Challenges;
using ClimbClub.Web.Features.Log;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Features.Notifications;
using ClimbClub.Web.Features.PasswordReset;
using ClimbClub.Web.Features.Profile;
using ClimbClub.Web.Features.Rankings;
using ClimbClub.Web.Features.Reference;
using ClimbClub.Web.Features.Screen;
using ClimbClub.Web.Features.SignUp;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClimbClub.Tests.Integration;

/// <summary>Who may make a call that changes something.</summary>
internal enum Allowed
{
    /// <summary>Approved, active members of any role.</summary>
    Members,
    Officers,
    Admins,

    /// <summary>Only an applicant still waiting for a decision.</summary>
    PendingApplicants,

    /// <summary>Applicants waiting or turned down.</summary>
    Applicants,

    /// <summary>Anyone, signed in or not: the public steps that take no caller, guarded by their own limits and checks.</summary>
    Anyone,
}

/// <summary>
/// Every feature-service method that acts for a caller, and every method a page reaches without one (the public steps
/// of signing up and resetting a password), found by reflection, with a rule for each one that changes something. Each
/// is called the way a tampered circuit could call it, by everyone: below its rule it is denied and writes nothing; at
/// or above it, it is not denied. Calls use ids that do not exist (or input that is refused) wherever the service
/// takes one, so an allowed caller changes nothing that another row depends on.
/// </summary>
public sealed class AuthorizationMatrixServiceTests(AuthorizationMatrixClub matrix) : IClassFixture<AuthorizationMatrixClub>
{
    private const int NoSuchId = 987_654;
    private const string NoSuchMember = "no-such-member";
    private const string WrongPassword = "Not-my-pass-9!";

    /// <summary>Names that say a method changes something; such a method may not hide among the reads.</summary>
    private static readonly string[] ChangingVerbs =
    [
        "Add", "Create", "Update", "Delete", "Remove", "Save", "Write", "Void", "Restore", "Approve", "Reject", "Decide",
        "Correct", "Join", "Leave", "Close", "Set", "Change", "Move", "Choose", "Mark", "Request", "CheckIn", "Revoke", "Withdraw",
        "Verify", "Complete",
    ];

    /// <summary>Methods that take a caller and only read; each checks its caller too, but is not part of this matrix.</summary>
    private static readonly HashSet<string> Reads = new(StringComparer.Ordinal)
    {
        "AttendanceService.RatesAsync", "AttendanceService.MemberAsync",
        "CheckInService.MineAsync", "CheckInService.CountPendingAsync", "CheckInService.PendingAsync",
        "ScheduleService.ForAsync",
        "ChallengeService.ListAsync", "ChallengeService.DetailAsync", "ChallengeService.BadgesAsync",
        "LogService.ContextAsync", "LogService.ForEditAsync", "LogService.MineAsync", "LogService.ReviewAsync",
        "ClubHomeService.ForAsync",
        "MemberAdminService.CountPendingAsync", "MemberAdminService.PendingAsync", "MemberAdminService.SearchAsync",
        "ExportService.WhoAsync",
        "ProfileService.MineAsync", "ProfileService.ForAsync", "ProfileService.ChoicesAsync",
        "StatsService.MineAsync",
        "LeaderboardService.WeekAsync", "LeaderboardService.GenerationAsync", "LeaderboardService.AllTimeAsync", "LeaderboardService.IsHiddenFromScreenAsync",
        "ScreenKeyService.ListAsync",
        "ApplicantService.FindAsync",
        "NotificationCentre.MemberIdAsync", "NotificationCentre.UnreadCountAsync", "NotificationCentre.PageAsync", "NotificationCentre.ChoicesAsync",
        "AuditLog.ReadAsync",
    };

    /// <summary>Methods a page reaches without a caller that only read: what a sign-up form, or a kiosk with its key, may show.</summary>
    private static readonly HashSet<string> PublicReads = new(StringComparer.Ordinal)
    {
        "SignUpService.FindCodeEmailAsync", "SignUpService.FindVerifiedEmailAsync",
        "ReferenceData.GenerationsAsync", "ReferenceData.GymsAsync", "ReferenceData.ColoursAsync",
        "ScreenService.CanWatchAsync", "ScreenService.BoardsAsync", "ScreenService.CheckInsAsync",
        "ChallengeService.ColoursAsync",
    };

    /// <summary>Every state-changing method, who may call it, and one harmless call of it.</summary>
    private static readonly Dictionary<string, Change> Changes = new(StringComparer.Ordinal)
    {
        ["LogService.AddAsync"] = new(Allowed.Members, async c => Kind(await c.Get<LogService>().AddAsync(c.Who, await c.SessionAtNoSuchGymAsync(), Ct))),
        ["LogService.UpdateAsync"] = new(Allowed.Members, async c => Kind(await c.Get<LogService>().UpdateAsync(c.Who, NoSuchId, await c.SessionAtNoSuchGymAsync(), Ct))),
        ["LogService.DeleteAsync"] = new(Allowed.Members, async c => Kind(await c.Get<LogService>().DeleteAsync(c.Who, NoSuchId, Ct))),
        ["LogService.VoidAsync"] = new(Allowed.Officers, async c => Kind(await c.Get<LogService>().VoidAsync(c.Who, NoSuchId, new VoidInput { Reason = "Too many problems." }, Ct))),
        ["LogService.RestoreAsync"] = new(Allowed.Officers, async c => Kind(await c.Get<LogService>().RestoreAsync(c.Who, NoSuchId, Ct))),
        ["LeaderboardService.SetHiddenFromScreenAsync"] = new(Allowed.Members, async c => Kind(await c.Get<LeaderboardService>().SetHiddenFromScreenAsync(c.Who, false, Ct))),
        ["ProfileService.UpdateAsync"] = new(Allowed.Members, async c => Kind(await c.Get<ProfileService>().UpdateAsync(c.Who, await c.DetailsAsync(c.CallerId ?? c.Matrix.Club.MemberId), Ct))),
        ["AccountDeletionService.DeleteAsync"] = new(Allowed.Members, async c => Kind(await c.Get<AccountDeletionService>().DeleteAsync(c.Who, WrongPassword, Ct))),
        ["NotificationCentre.MarkReadAsync"] = new(Allowed.Members, async c => Kind(await c.Get<NotificationCentre>().MarkReadAsync(c.Who, NoSuchId, Ct))),
        ["NotificationCentre.ChooseAsync"] = new(Allowed.Members, async c => Kind(await c.Get<NotificationCentre>().ChooseAsync(c.Who, NotificationKind.ChallengeJoined, on: true, Ct))),
        ["ChallengeService.CreateAsync"] = new(Allowed.Officers, async c => Kind(await c.Get<ChallengeService>().CreateAsync(c.Who, await c.ChallengeAsync(), Ct))),
        ["ChallengeService.UpdateAsync"] = new(Allowed.Officers, async c => Kind(await c.Get<ChallengeService>().UpdateAsync(c.Who, NoSuchId, await c.ChallengeAsync(), Ct))),
        ["ChallengeService.CloseAsync"] = new(Allowed.Officers, async c => Kind(await c.Get<ChallengeService>().CloseAsync(c.Who, NoSuchId, Ct))),
        ["ChallengeService.JoinAsync"] = new(Allowed.Members, async c => Kind(await c.Get<ChallengeService>().JoinAsync(c.Who, NoSuchId, Ct))),
        ["ChallengeService.LeaveAsync"] = new(Allowed.Members, async c => Kind(await c.Get<ChallengeService>().LeaveAsync(c.Who, NoSuchId, Ct))),
        ["CheckInService.CheckInWithCodeAsync"] = new(Allowed.Members, async c => Kind(await c.Get<CheckInService>().CheckInWithCodeAsync(c.Who, "ABCDEF", Ct))),
        ["CheckInService.RequestAsync"] = new(Allowed.Members, async c => Kind(await c.Get<CheckInService>().RequestAsync(c.Who, NoSuchId, Ct))),
        ["CheckInService.DecideAsync"] = new(Allowed.Officers, async c => Kind(await c.Get<CheckInService>().DecideAsync(c.Who, NoSuchId, approve: true, cancellationToken: Ct))),
        ["AttendanceService.CorrectAsync"] = new(Allowed.Officers, async c => Kind(await c.Get<AttendanceService>().CorrectAsync(c.Who, NoSuchMember, await c.CorrectionAsync(), Ct))),
        ["ScheduleService.AddSessionAsync"] = new(Allowed.Officers, async c => Kind(await c.Get<ScheduleService>().AddSessionAsync(c.Who, await c.RegularSessionAsync(), Ct))),
        ["ScheduleService.UpdateSessionAsync"] = new(Allowed.Officers, async c => Kind(await c.Get<ScheduleService>().UpdateSessionAsync(c.Who, NoSuchId, await c.RegularSessionAsync(), Ct))),
        ["ScheduleService.DeleteSessionAsync"] = new(Allowed.Officers, async c => Kind(await c.Get<ScheduleService>().DeleteSessionAsync(c.Who, NoSuchId, Ct))),
        ["ScheduleService.AddHolidayAsync"] = new(Allowed.Officers, async c => Kind(await c.Get<ScheduleService>().AddHolidayAsync(c.Who, new HolidayInput { Date = new DateOnly(2099, 12, 25), Name = "Far-off holiday" }, Ct))),
        ["ScheduleService.DeleteHolidayAsync"] = new(Allowed.Officers, async c => Kind(await c.Get<ScheduleService>().DeleteHolidayAsync(c.Who, NoSuchId, Ct))),
        ["MemberAdminService.ApproveAsync"] = new(Allowed.Admins, async c => Kind(await c.Get<MemberAdminService>().ApproveAsync(c.Who, NoSuchMember, "http://localhost/Account/Login", Ct))),
        ["MemberAdminService.RejectAsync"] = new(Allowed.Admins, async c => Kind(await c.Get<MemberAdminService>().RejectAsync(c.Who, NoSuchMember, new Rejection { Reason = "No." }, Ct))),
        ["MemberAdminService.ChangeRoleAsync"] = new(Allowed.Admins, async c => Kind(await c.Get<MemberAdminService>().ChangeRoleAsync(c.Who, NoSuchMember, ClubRole.Admin, Ct))),
        ["MemberAdminService.SetActiveAsync"] = new(Allowed.Admins, async c => Kind(await c.Get<MemberAdminService>().SetActiveAsync(c.Who, NoSuchMember, false, Ct))),
        // The runner behind every admin change: a change handed to it is only made for an active admin.
        ["AdminChanges.RunAsync"] = new(Allowed.Admins, async c => Kind(await c.Get<AdminChanges>().RunAsync(c.Who, (db, _) =>
        {
            db.Gyms.Add(new Gym { Name = "Gym added through the runner" });
            return Task.FromResult(Outcome.Ok);
        }, Ct))),
        ["GenerationAdminService.CreateAsync"] = new(Allowed.Admins, async c => Kind(await c.Get<GenerationAdminService>().CreateAsync(c.Who, FarFutureGeneration(), Ct))),
        ["GenerationAdminService.UpdateAsync"] = new(Allowed.Admins, async c => Kind(await c.Get<GenerationAdminService>().UpdateAsync(c.Who, NoSuchId, FarFutureGeneration(), Ct))),
        ["GenerationAdminService.DeleteAsync"] = new(Allowed.Admins, async c => Kind(await c.Get<GenerationAdminService>().DeleteAsync(c.Who, NoSuchId, Ct))),
        ["GymAdminService.CreateAsync"] = new(Allowed.Admins, async c => Kind(await c.Get<GymAdminService>().CreateAsync(c.Who, new GymInput { Name = "Matrix Gym" }, Ct))),
        ["GymAdminService.UpdateAsync"] = new(Allowed.Admins, async c => Kind(await c.Get<GymAdminService>().UpdateAsync(c.Who, NoSuchId, new GymInput { Name = "Matrix Gym" }, Ct))),
        ["GymAdminService.DeleteAsync"] = new(Allowed.Admins, async c => Kind(await c.Get<GymAdminService>().DeleteAsync(c.Who, NoSuchId, Ct))),
        ["ColourAdminService.CreateAsync"] = new(Allowed.Admins, async c => Kind(await c.Get<ColourAdminService>().CreateAsync(c.Who, new ColourInput { Name = "Pink", DisplayColor = "#FF69B4" }, Ct))),
        ["ColourAdminService.UpdateAsync"] = new(Allowed.Admins, async c => Kind(await c.Get<ColourAdminService>().UpdateAsync(c.Who, NoSuchId, new ColourInput { Name = "Pink", DisplayColor = "#FF69B4" }, Ct))),
        ["ColourAdminService.MoveAsync"] = new(Allowed.Admins, async c => Kind(await c.Get<ColourAdminService>().MoveAsync(c.Who, NoSuchId, harder: true, Ct))),
        ["ColourAdminService.DeleteAsync"] = new(Allowed.Admins, async c => Kind(await c.Get<ColourAdminService>().DeleteAsync(c.Who, NoSuchId, Ct))),
        ["ScreenKeyService.CreateAsync"] = new(Allowed.Admins, async c => Kind(await c.Get<ScreenKeyService>().CreateAsync(c.Who, new ScreenKeyInput { Name = "Matrix TV" }, Ct))),
        ["ScreenKeyService.RevokeAsync"] = new(Allowed.Admins, async c => Kind(await c.Get<ScreenKeyService>().RevokeAsync(c.Who, NoSuchId, Ct))),
        ["ApplicantService.UpdateDetailsAsync"] = new(Allowed.PendingApplicants, async c => Kind(await c.Get<ApplicantService>().UpdateDetailsAsync(c.Who, await c.DetailsAsync(c.Matrix.Club.PendingId), Ct))),
        ["ApplicantService.WithdrawAsync"] = new(Allowed.Applicants, async c => Kind(await c.Get<ApplicantService>().WithdrawAsync(c.Who, WrongPassword, Ct))),
        ["SignUpService.RequestCodeAsync"] = new(Allowed.Anyone, async c => Kind(await c.Get<SignUpService>().RequestCodeAsync(NotAnAddress, "203.0.113.9", new SignUpLinks("/Account/Login", "/Account/ForgotPassword"), Ct))),
        ["SignUpService.VerifyCodeAsync"] = new(Allowed.Anyone, async c => Kind(await c.Get<SignUpService>().VerifyCodeAsync(Guid.NewGuid(), new CodeStep { Code = "123456" }, Ct))),
        ["SignUpService.CompleteAsync"] = new(Allowed.Anyone, async c => Kind(await c.Get<SignUpService>().CompleteAsync(Guid.NewGuid(), new SignUpDetails(), Ct))),
        ["PasswordResetService.RequestLinkAsync"] = new(Allowed.Anyone, async c => Kind(await c.Get<PasswordResetService>().RequestLinkAsync(NotAnAddress, "203.0.113.9", "/Account/ResetPassword", Ct))),
    };

    /// <summary>
    /// Someone else's things, reached by id: the call is refused the way a missing thing is, and the thing stays as it
    /// was. Each case names its caller, the refusal, the call, and how to see that the thing is untouched.
    /// </summary>
    private static readonly Dictionary<string, Trespass> Trespasses = new(StringComparer.Ordinal)
    {
        ["a member rewrites the officer's session"] = new(Caller.Member, OutcomeKind.NotFound,
            async c => Kind(await c.Get<LogService>().UpdateAsync(c.Who, c.Matrix.OfficerSessionId, await c.Matrix.SessionInputAsync(1, 16, "Rewritten"), Ct)),
            m => SessionNoteIsAsync(m, m.OfficerSessionId, "The officer's own session")),
        ["a member deletes the officer's session"] = new(Caller.Member, OutcomeKind.NotFound,
            c => Kind(c.Get<LogService>().DeleteAsync(c.Who, c.Matrix.OfficerSessionId, Ct)),
            m => SessionNoteIsAsync(m, m.OfficerSessionId, "The officer's own session")),
        ["a member opens the officer's session for editing"] = new(Caller.Member, OutcomeKind.NotFound,
            async c => (await c.Get<LogService>().ForEditAsync(c.Who, c.Matrix.OfficerSessionId, Ct)).Kind,
            m => SessionNoteIsAsync(m, m.OfficerSessionId, "The officer's own session")),
        ["an officer rewrites the member's session"] = new(Caller.Officer, OutcomeKind.NotFound,
            async c => Kind(await c.Get<LogService>().UpdateAsync(c.Who, c.Matrix.MemberSessionId, await c.Matrix.SessionInputAsync(1, 16, "Rewritten"), Ct)),
            m => SessionNoteIsAsync(m, m.MemberSessionId, "The member's own session")),
        ["an admin deletes the member's session"] = new(Caller.Admin, OutcomeKind.NotFound,
            c => Kind(c.Get<LogService>().DeleteAsync(c.Who, c.Matrix.MemberSessionId, Ct)),
            m => SessionNoteIsAsync(m, m.MemberSessionId, "The member's own session")),
        ["a member marks the officer's notification read"] = new(Caller.Member, OutcomeKind.NotFound,
            c => Kind(c.Get<NotificationCentre>().MarkReadAsync(c.Who, c.Matrix.OfficerNotificationId, Ct)),
            m => IsUnreadAsync(m, m.OfficerNotificationId)),
        ["an admin marks the member's notification read"] = new(Caller.Admin, OutcomeKind.NotFound,
            c => Kind(c.Get<NotificationCentre>().MarkReadAsync(c.Who, c.Matrix.MemberNotificationId, Ct)),
            m => IsUnreadAsync(m, m.MemberNotificationId)),
        ["a member leaves the challenge only the officer joined"] = new(Caller.Member, OutcomeKind.Conflict,
            c => Kind(c.Get<ChallengeService>().LeaveAsync(c.Who, c.Matrix.ChallengeId, Ct)),
            m => m.Club.WithDbAsync(db => db.ChallengeEntries.AnyAsync(e => e.ChallengeId == m.ChallengeId && e.MemberId == m.Club.OfficerId, Ct))),
    };

    private static readonly string[] Callers =
        [Caller.Anonymous, Caller.Pending, Caller.Rejected, Caller.Member, Caller.Officer, Caller.DeactivatedAdmin, Caller.Admin];

    public static TheoryData<string, string> Cells
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var method in Changes.Keys)
            {
                foreach (var caller in Callers)
                {
                    data.Add(method, caller);
                }
            }

            return data;
        }
    }

    public static TheoryData<string> TrespassCases { get; } = [.. Trespasses.Keys];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static EmailStep NotAnAddress => new() { Email = "not an address" };

    [Fact]
    public void EveryServiceMethodACallerOrAPageReachesIsInTheMatrixOrAmongTheReads()
    {
        var found = ServiceMethodsTakingACaller(matrix.Club.Services);
        var reachedWithoutACaller = PageMethodsWithoutACaller();
        var reads = Reads.Concat(PublicReads).ToList();

        Assert.Empty(found.Concat(reachedWithoutACaller).Except(Changes.Keys).Except(reads).Order(StringComparer.Ordinal));
        Assert.Empty(Changes.Keys.Where(m => Changes[m].Rule != Allowed.Anyone).Concat(Reads).Except(found).Order(StringComparer.Ordinal));
        Assert.Empty(Changes.Keys.Where(m => Changes[m].Rule == Allowed.Anyone).Concat(PublicReads).Except(reachedWithoutACaller).Order(StringComparer.Ordinal));
        Assert.Empty(reads.Where(SoundsLikeAChange).Order(StringComparer.Ordinal));
        Assert.Empty(Changes.Keys.Intersect(reads));
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task ACallBelowTheRuleIsDeniedAndWritesNothing(string method, string caller)
    {
        var change = Changes[method];
        var before = await matrix.SnapshotAsync();
        await using var scope = matrix.Club.Scope();

        var kind = await change.Run(new Call(matrix, scope.ServiceProvider, matrix.Club.Principal(caller), matrix.Club.IdOf(caller)));

        if (Permits(change.Rule, caller))
        {
            Assert.NotEqual(OutcomeKind.Denied, kind);
        }
        else
        {
            Assert.Equal(OutcomeKind.Denied, kind);
            Assert.Equal(before, await matrix.SnapshotAsync());
        }
    }

    [Theory]
    [MemberData(nameof(TrespassCases))]
    public async Task NobodyTouchesAnotherMembersThings(string trespass)
    {
        var (caller, refusal, run, untouched) = Trespasses[trespass];
        Assert.True(await untouched(matrix));
        var before = await matrix.SnapshotAsync();
        await using var scope = matrix.Club.Scope();

        var kind = await run(new Call(matrix, scope.ServiceProvider, matrix.Club.Principal(caller), matrix.Club.IdOf(caller)));

        Assert.Equal(refusal, kind);
        Assert.True(await untouched(matrix));
        Assert.Equal(before, await matrix.SnapshotAsync());
    }

    private static bool Permits(Allowed rule, string caller) => rule switch
    {
        Allowed.Members => caller is Caller.Member or Caller.Officer or Caller.Admin,
        Allowed.Officers => caller is Caller.Officer or Caller.Admin,
        Allowed.Admins => caller is Caller.Admin,
        Allowed.PendingApplicants => caller is Caller.Pending,
        Allowed.Applicants => caller is Caller.Pending or Caller.Rejected,
        Allowed.Anyone => true,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    /// <summary>"Type.Method" for each public method of a registered feature service with a caller among its parameters.</summary>
    private static HashSet<string> ServiceMethodsTakingACaller(IServiceProvider services)
    {
        var registered = services.GetRequiredService<IServiceProviderIsService>();
        return typeof(LogService).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false }
                && t.Namespace?.StartsWith("ClimbClub.Web.Features", StringComparison.Ordinal) == true
                && registered.IsService(t))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(ClaimsPrincipal)))
                .Select(m => $"{t.Name}.{m.Name}"))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// "Type.Method" for each public async method without a caller on a feature service a page injects: what a visitor
    /// reaches before signing in, where no policy or caller check stands in front of the service.
    /// </summary>
    private static HashSet<string> PageMethodsWithoutACaller() =>
        typeof(LogService).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
            .Where(p => p.GetCustomAttribute<InjectAttribute>() is not null
                && p.PropertyType.Namespace?.StartsWith("ClimbClub.Web.Features", StringComparison.Ordinal) == true)
            .Select(p => p.PropertyType)
            .Distinct()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) && m.GetParameters().All(p => p.ParameterType != typeof(ClaimsPrincipal)))
                .Select(m => $"{t.Name}.{m.Name}"))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>True when the method's name starts with a changing verb as a whole word ("CheckInAsync", not "CheckInsAsync").</summary>
    private static bool SoundsLikeAChange(string method)
    {
        var name = method[(method.IndexOf('.', StringComparison.Ordinal) + 1)..];
        return ChangingVerbs.Any(verb => name.StartsWith(verb, StringComparison.Ordinal) && name.Length > verb.Length && char.IsUpper(name[verb.Length]));
    }

    private static OutcomeKind Kind(Outcome outcome) => outcome.Kind;

    private static OutcomeKind Kind<T>(Outcome<T> outcome) => outcome.Kind;

    private static async Task<OutcomeKind> Kind(Task<Outcome> outcome) => (await outcome).Kind;

    private static GenerationInput FarFutureGeneration() => new()
    {
        Number = 900,
        StartDate = new DateOnly(2090, 3, 1),
        EndDate = new DateOnly(2091, 2, 28),
    };

    private static Task<bool> SessionNoteIsAsync(AuthorizationMatrixClub m, long sessionId, string note) =>
        m.Club.WithDbAsync(db => db.Sessions.AnyAsync(s => s.Id == sessionId && s.Note == note, Ct));

    private static Task<bool> IsUnreadAsync(AuthorizationMatrixClub m, long notificationId) =>
        m.Club.WithDbAsync(db => db.Notifications.AnyAsync(n => n.Id == notificationId && n.ReadAt == null, Ct));

    private sealed record Change(Allowed Rule, Func<Call, Task<OutcomeKind>> Run);

    private sealed record Trespass(string Caller, OutcomeKind Refusal, Func<Call, Task<OutcomeKind>> Run, Func<AuthorizationMatrixClub, Task<bool>> Untouched);

    /// <summary>One call: the services in a fresh scope, the caller's principal and their own id, if any.</summary>
    private sealed record Call(AuthorizationMatrixClub Matrix, IServiceProvider Services, ClaimsPrincipal Who, string? CallerId)
    {
        public T Get<T>()
            where T : notnull => Services.GetRequiredService<T>();

        /// <summary>A session that would be fine but for its gym, which does not exist: an allowed caller logs nothing.</summary>
        public async Task<SessionInput> SessionAtNoSuchGymAsync()
        {
            var input = await Matrix.SessionInputAsync(2, 14, "Matrix");
            input.GymId = NoSuchId;
            return input;
        }

        /// <summary>A challenge that would be fine but for its colour, which does not exist: an allowed caller sets nothing.</summary>
        public async Task<ChallengeInput> ChallengeAsync()
        {
            var today = await Matrix.TodayAsync();
            return new ChallengeInput { Title = "Matrix challenge", StartDate = today, EndDate = today.AddDays(6), GoalKind = ChallengeGoalKind.Problems, Target = 5, ColourId = NoSuchId };
        }

        public async Task<AttendanceCorrection> CorrectionAsync()
        {
            var today = await Matrix.TodayAsync();
            return new AttendanceCorrection { WeekStart = today.AddDays(-7 - ScheduleService.WeekdayOrder(today.DayOfWeek)), Status = AttendanceStatus.Present, Reason = "Was there." };
        }

        /// <summary>A weekly session for a generation that does not exist: an allowed caller schedules nothing.</summary>
        public Task<RegularSessionInput> RegularSessionAsync() => Matrix.Club.WithDbAsync(async db => new RegularSessionInput
        {
            GenerationId = NoSuchId,
            Weekday = DayOfWeek.Wednesday,
            GymId = await db.Gyms.Where(g => g.IsActive).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(Ct),
            Start = new TimeOnly(19, 0),
        });

        /// <summary>The member's details as they stand, so saving them changes nothing.</summary>
        public Task<MemberDetails> DetailsAsync(string memberId) => ClubState.DetailsOfAsync(Matrix.Club, memberId);
    }
}
