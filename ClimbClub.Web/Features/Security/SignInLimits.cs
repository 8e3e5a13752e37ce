using System.Threading.RateLimiting;
using ClimbClub.Core.SignUp;
using ClimbClub.Web.Components.Account;
using ClimbClub.Web.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ClimbClub.Web.Features.Security;

/// <summary>
/// ASP.NET Core's rate limiter on the sign-in form: a fixed window per minute for each IP address and for each email
/// address. Lockout stops guessing at one account; these also stop one address trying many accounts and many
/// addresses trying one. A refused post gets 429 before the form is handled, so it counts no failure and signs no one in.
/// </summary>
internal static class SignInLimits
{
    private const string EmailItem = "ClimbClub.SignInEmail";
    private const string SignInPath = "/Account/Login";

    public static void AddSignInLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, options) =>
        {
            var limits = options.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PerMinute(limits.SignInsPerIpPerMinute, context => context.ClientIp()),
                PerMinute(limits.SignInsPerEmailPerMinute, context => context.Items[EmailItem] as string ?? ""));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync(
                    TooManyAttempts(rejected.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<AccountText>>()), cancellationToken);
            };
        });
    }

    /// <summary>Reads the email of a sign-in post (the limiter's partitions cannot wait for the form), then limits.</summary>
    public static void UseSignInLimits(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (IsSignIn(context) && context.Request.HasFormContentType)
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                context.Items[EmailItem] = EmailAddresses.Normalize(form["Input.Email"].ToString());
            }

            await next(context);
        });
        app.UseRateLimiter();
    }

    private static string TooManyAttempts(IStringLocalizer<AccountText> text) => text["SignInTooManyAttempts"];

    private static bool IsSignIn(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.Request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase);

    private static PartitionedRateLimiter<HttpContext> PerMinute(int permits, Func<HttpContext, string> key) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignIn(context)
            ? RateLimitPartition.GetFixedWindowLimiter(key(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter(""));
}
