using System.Globalization;
using ClimbClub.Core.Attendance;
using ClimbClub.Core.Challenges;
using ClimbClub.Core.Log;
using ClimbClub.Core.Members;
using ClimbClub.Core.Reference;
using ClimbClub.Core.Screen;
using ClimbClub.Core.SignUp;
using ClimbClub.Core.Stats;
using ClimbClub.Core.Time;
using ClimbClub.Web.Components;
using ClimbClub.Web.Components.Account;
using ClimbClub.Web.Data;
using ClimbClub.Web.Features.Attendance;
using ClimbClub.Web.Features.Audit;
using ClimbClub.Web.Features.Challenges;
using ClimbClub.Web.Features.Health;
using ClimbClub.Web.Features.Instances;
using ClimbClub.Web.Features.Live;
using ClimbClub.Web.Features.Log;
using ClimbClub.Web.Features.Mail;
using ClimbClub.Web.Features.Notifications;
using ClimbClub.Web.Features.PasswordReset;
using ClimbClub.Web.Features.Profile;
using ClimbClub.Web.Features.Members;
using ClimbClub.Web.Features.Rankings;
using ClimbClub.Web.Features.Reference;
using ClimbClub.Web.Features.Screen;
using ClimbClub.Web.Features.Security;
using ClimbClub.Web.Features.Setup;
using ClimbClub.Web.Features.SignUp;
using ClimbClub.Web.Localization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Quartz;
using Radzen;

namespace ClimbClub.Web;

/// <summary>The wiring behind Program.cs, one method per concern.</summary>
internal static class Extensions
{
    /// <summary>
    /// Turns the bare switch --demo into --Demo:Enabled=true before the host reads the command line, where a bare
    /// switch would take the next argument (such as --urls) as its value.
    /// </summary>
    public static string[] ExpandSwitches(string[] args) =>
        [.. args.Select(a => string.Equals(a, "--demo", StringComparison.OrdinalIgnoreCase) ? "--Demo:Enabled=true" : a)];

    /// <summary>
    /// Loads the one settings file, appsettings.json at the repository root (linked into the build output), under
    /// every other source, so environment variables and command-line switches still win.
    /// </summary>
    public static void AddClimbClubSettings(this WebApplicationBuilder builder)
    {
        builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = "appsettings.json",
            Optional = false,
            ReloadOnChange = false,
        });

        var services = builder.Services;
        services.Configure<ClubOptions>(builder.Configuration.GetSection(ClubOptions.Section));
        services.Configure<BootstrapOptions>(builder.Configuration.GetSection(BootstrapOptions.Section));
        services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        services.Configure<MailOptions>(builder.Configuration.GetSection(MailOptions.Section));
        services.Configure<SignUpOptions>(builder.Configuration.GetSection(SignUpOptions.Section));
        services.Configure<PasswordResetOptions>(builder.Configuration.GetSection(PasswordResetOptions.Section));
        services.Configure<AttendanceOptions>(builder.Configuration.GetSection(AttendanceOptions.Section));
        services.Configure<ScreenOptions>(builder.Configuration.GetSection(ScreenOptions.Section));
        services.Configure<RateLimitOptions>(builder.Configuration.GetSection(RateLimitOptions.Section));
        services.Configure<RankingOptions>(builder.Configuration.GetSection(RankingOptions.Section));
        services.Configure<InstanceOptions>(builder.Configuration.GetSection(InstanceOptions.Section));
        services.AddSingleton(sp => AppInstance.From(sp.GetRequiredService<IOptions<InstanceOptions>>().Value));
        services.AddSingleton(StoragePaths.Resolve(builder.Configuration, builder.Environment));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new ClubCalendar(TimeZoneInfo.FindSystemTimeZoneById(sp.GetRequiredService<IOptions<ClubOptions>>().Value.TimeZone)));
    }

    /// <summary>The storage paths <see cref="AddClimbClubSettings"/> resolved, for the wiring that depends on them.</summary>
    private static StoragePaths PathsOf(WebApplicationBuilder builder) =>
        (StoragePaths)builder.Services.Single(d => d.ServiceType == typeof(StoragePaths)).ImplementationInstance!;

    /// <summary>Runs --backup or --restore instead of the app when asked: its exit code, or null to run the app.</summary>
    public static int? RunDatabaseCommand(this WebApplicationBuilder builder, string[] args) =>
        DatabaseCommands.Run(args, PathsOf(builder), Console.Out);

    /// <summary>
    /// The database through a context factory (one context per operation), migrated and seeded at start-up. SQLite
    /// (the default) has its durability settings on every connection, and its data folder is marked in use while the
    /// app runs; on PostgreSQL the app asks for <see cref="ClimbClubDbContext"/> and gets the PostgreSQL model.
    /// </summary>
    public static void AddClimbClubData(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var paths = PathsOf(builder);
        if (paths.Provider == DatabaseProvider.Postgres)
        {
            var writeTurns = new PostgresWriteTurns();
            services.AddDbContextFactory<PostgresClimbClubDbContext>(options => options.UseNpgsql(paths.ConnectionString).AddInterceptors(writeTurns));
            services.AddSingleton<IDbContextFactory<ClimbClubDbContext>, PostgresContexts>();
            services.AddScoped<ClimbClubDbContext>(sp => sp.GetRequiredService<PostgresClimbClubDbContext>());
        }
        else
        {
            var pragmas = new SqlitePragmas();
            services.AddDbContextFactory<ClimbClubDbContext>(options => options.UseSqlite(paths.ConnectionString).AddInterceptors(pragmas));
            services.AddHostedService<DataFolderLock>();
        }

        services.AddDatabaseDeveloperPageExceptionFilter();
        services.AddScoped<BootstrapAdmin>();
        services.AddScoped<DemoClub>();
        services.AddHostedService<DatabaseInitializer>();
    }

    /// <summary>Identity with the club's password, lockout and cookie rules, its messages, the three roles and the approval gate.</summary>
    public static void AddClimbClubIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var protection = services.AddDataProtection().SetApplicationName("ClimbClub");

        // Instances sharing a PostgreSQL database share its key ring, so a cookie one issues is good on every other.
        if (PathsOf(builder).Provider == DatabaseProvider.Postgres)
        {
            protection.PersistKeysToDbContext<ClimbClubDbContext>();
        }
        else
        {
            services.AddOptions<KeyManagementOptions>().Configure<StoragePaths, ILoggerFactory>((keys, paths, logs) =>
                keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(paths.KeysFolder), logs));
        }

        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddSingleton<SignUpTicket>();
        services.AddScoped<AuthenticationStateProvider, ClubAuthenticationStateProvider>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "ClimbClub.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;

            // Secure whenever the request is HTTPS. In production the app's Kestrel serves plain HTTP behind a proxy
            // that terminates TLS, and the proxy's X-Forwarded-Proto (ASPNETCORE_FORWARDEDHEADERS_ENABLED=true) makes
            // the request HTTPS; local runs and tests on http://localhost still get a cookie they can send back.
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.ExpireTimeSpan = TimeSpan.FromDays(30);
            cookie.SlidingExpiration = true;
        });

        services.AddIdentityCore<ClubMember>(options =>
            {
                options.User.RequireUniqueEmail = true;

                // The user name is the email, which the sign-up's own rule has checked; Identity's shorter list of
                // characters would refuse at the last step an address (o'brien@...) the email step accepted.
                options.User.AllowedUserNameCharacters = "";
                options.SignIn.RequireConfirmedEmail = true;
                options.Password.RequiredLength = PasswordRules.MinLength;
                options.Password.RequireDigit = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ClimbClubDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<ClubClaimsPrincipalFactory>()
            .AddPasswordValidator<LetterRequiredPasswordValidator>()
            .AddErrorDescriber<ClubIdentityErrors>();

        // Role changes and deactivations reach open cookies within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromMinutes(60));
        services.AddAuthorization(ClubPolicies.Configure);

        // Every static form carries the token; its cookie, like the sign-in cookie, is Secure on HTTPS requests.
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddSignInLimits();
    }

    /// <summary>Real SMTP when Mail:Smtp:Host is set; otherwise .eml files in the pickup folder.</summary>
    public static void AddClimbClubMail(this WebApplicationBuilder builder)
    {
        var mail = builder.Configuration.GetSection(MailOptions.Section).Get<MailOptions>() ?? new MailOptions();
        if (mail.UsesSmtp)
        {
            builder.Services.AddSingleton<IMailSender, SmtpMailSender>();
        }
        else
        {
            builder.Services.AddSingleton<IMailSender, PickupFolderMailSender>();
        }

        builder.Services.AddSingleton<ClubMail>();
    }

    /// <summary>Validators from Core and the feature services. Concrete classes, registered one by one.</summary>
    public static void AddClimbClubFeatures(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddLocalization();
        services.AddSingleton<EmailStepValidator>();
        services.AddSingleton<CodeStepValidator>();
        services.AddSingleton<SignUpDetailsValidator>();
        services.AddSingleton<MemberDetailsValidator>();
        services.AddSingleton<PasswordChangeValidator>();
        services.AddSingleton<PasswordResetValidator>();
        services.AddSingleton<AccountDeletionValidator>();
        services.AddSingleton<RejectionValidator>();
        services.AddSingleton<GenerationInputValidator>();
        services.AddSingleton<GymInputValidator>();
        services.AddSingleton<ColourInputValidator>();
        services.AddSingleton<VoidInputValidator>();
        services.AddSingleton<ScreenKeyInputValidator>();
        services.AddSingleton<StatsPeriodValidator>();
        services.AddSingleton<RegularSessionInputValidator>();
        services.AddSingleton<HolidayInputValidator>();
        services.AddSingleton<AttendanceCorrectionValidator>();
        services.AddSingleton<CheckInRejectionValidator>();
        services.AddSingleton<ChallengeInputValidator>();

        services.AddSingleton<InstanceSignals>();
        services.AddHostedService(sp => sp.GetRequiredService<InstanceSignals>());
        services.AddSingleton(typeof(Notifier<>));
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AdminChanges>();
        services.AddSingleton<ReferenceData>();
        services.AddScoped<ClubHomeService>();
        services.AddScoped<SignUpService>();
        services.AddScoped<ApplicantService>();
        services.AddSingleton<PasswordResetLimits>();
        services.AddScoped<PasswordResetService>();
        services.AddScoped<MemberAdminService>();
        services.AddScoped<GenerationAdminService>();
        services.AddScoped<GymAdminService>();
        services.AddScoped<ColourAdminService>();
        services.AddScoped<LogService>();
        services.AddScoped<LeaderboardService>();
        services.AddScoped<ScreenService>();
        services.AddScoped<ScreenKeyService>();
        services.AddScoped<ProfileService>();
        services.AddScoped<StatsService>();
        services.AddSingleton<WeekSizes>();
        services.AddScoped<ExportService>();
        services.AddScoped<AccountDeletionService>();
        services.AddSingleton<CheckInCodes>();
        services.AddSingleton<CheckInAttempts>();
        services.AddScoped<CheckInService>();
        services.AddScoped<ScheduleService>();
        services.AddScoped<AttendanceService>();
        services.AddSingleton<MemberSignals>();
        services.AddSingleton<NotificationSender>();
        services.AddScoped<NotificationCentre>();
        services.AddScoped<ChallengeService>();
    }

    /// <summary>
    /// The Quartz scheduler: the ranking job every Rankings:RefreshInterval, and the attendance job every night at
    /// Attendance:NightlyAt in the club's time zone and once at start-up (to close the nights the app was down). Every
    /// instance schedules them; each run goes to the one instance that claims its lease (<see cref="JobLeases"/>).
    /// </summary>
    public static void AddClimbClubJobs(this WebApplicationBuilder builder)
    {
        var interval = builder.Configuration.GetSection(RankingOptions.Section).Get<RankingOptions>()?.RefreshInterval ?? new RankingOptions().RefreshInterval;
        var nightlyAt = builder.Configuration.GetSection(AttendanceOptions.Section).Get<AttendanceOptions>()?.NightlyAt ?? new AttendanceOptions().NightlyAt;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(builder.Configuration.GetSection(ClubOptions.Section).Get<ClubOptions>()?.TimeZone ?? new ClubOptions().TimeZone);
        builder.Services.AddSingleton<JobLeases>();
        builder.Services.AddSingleton<RankingService>();
        builder.Services.AddSingleton<AttendanceNightly>();
        builder.Services.AddSingleton<ChallengeProgress>();
        builder.Services.AddQuartz(quartz =>
        {
            quartz.AddJob<RankingRefreshJob>(job => job.WithIdentity(RankingRefreshJob.Key));
            quartz.AddTrigger(trigger => trigger
                .ForJob(RankingRefreshJob.Key)
                .StartNow()
                .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever()));
            quartz.AddJob<ChallengeProgressJob>(job => job.WithIdentity(ChallengeProgressJob.Key));
            quartz.AddTrigger(trigger => trigger
                .ForJob(ChallengeProgressJob.Key)
                .StartNow()
                .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever()));
            quartz.AddJob<AttendanceNightlyJob>(job => job.WithIdentity(AttendanceNightlyJob.Key));
            quartz.AddTrigger(trigger => trigger.ForJob(AttendanceNightlyJob.Key).StartNow());
            quartz.AddTrigger(trigger => trigger
                .ForJob(AttendanceNightlyJob.Key)
                .WithCronSchedule(
                    string.Create(CultureInfo.InvariantCulture, $"0 {nightlyAt.Minute} {nightlyAt.Hour} * * ?"),
                    cron => cron.InTimeZone(zone)));
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
    }

    /// <summary>The health report at /health: the database answers, and when the jobs last ran.</summary>
    public static void AddClimbClubHealth(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name);

    /// <summary>Blazor Server with Radzen, whose components speak the reader's language too.</summary>
    public static void AddClimbClubUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents()
            .AddInteractiveServerComponents(o => o.DetailedErrors = builder.Environment.IsDevelopment());
        builder.Services.AddRadzenComponents();
        builder.Services.AddSingleton<ILocalizer, RadzenText>();
    }

    public static void UseClimbClubPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (app.Environment.IsDevelopment())
        {
            app.UseMigrationsEndPoint();
        }
        else
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseClubCultures();
        app.UseRouting();
        app.UseSignInLimits();
        app.UseAuthentication();
        app.UseMiddleware<PendingApprovalGate>();
        app.UseAuthorization();
        app.UseAntiforgery();
    }

    public static void MapClimbClubEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountEndpoints();
        app.MapCultureSwitch();
        app.MapExportEndpoints();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthJson.WriteAsync }).AllowAnonymous();
    }
}
