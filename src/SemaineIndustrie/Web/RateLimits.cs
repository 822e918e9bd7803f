using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SemaineIndustrie.Web;

/// Per-client limits on public endpoints; a client over its limit gets 429 with Retry-After.
public static class RateLimits
{
    public const string PublicApi = "public-api";

    /// Registration forms and personal links: people register a few times, robots thousands.
    public const string Registrations = "registrations";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:PublicApiPerMinute", 600);
        var registrations = configuration.GetValue("RateLimits:RegistrationsPerMinute", 30);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PublicApi, context => PerClient(context, permits));
            options.AddPolicy(Registrations, context => PerClient(context, registrations));
            options.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Title = "Trop de requêtes", Detail = "Vous avez envoyé trop de requêtes : réessayez dans un instant.", Status = 429 },
                });
            };
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int permits) => RateLimitPartition.GetFixedWindowLimiter(
        context.Connection.RemoteIpAddress?.ToString() ?? "inconnu",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
