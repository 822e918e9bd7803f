using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using SemaineIndustrie.Features.Discovery;

namespace SemaineIndustrie.Features.Site;

/// The site-wide plumbing for search engines and the home page: robots.txt, sitemap.xml, the
/// X-Robots-Tag of private pages and the home page's output-cache policy.
public static class SiteSetup
{
    public const string HomePagePolicy = "home-page";

    public static IServiceCollection AddSite(this IServiceCollection services)
    {
        services.AddSingleton<PublicSite>();
        services.AddSingleton<Sitemap>();
        services.AddSingleton<RecentHomeFigures>();
        services.AddScoped<ISitemapSource, PublicPagesSitemapSource>();
        services.AddScoped<ISitemapSource, EventsSitemapSource>();
        // As the catalogue pages (evicted with the catalogue, never stored for a signed-in user) and
        // with the published content (the latest news), plus the day in Paris: the countdown to the
        // labelling deadline changes at midnight. The page reads no query parameter, so campaign links
        // (?utm_source=…) share one copy.
        services.AddOutputCache(options => options.AddPolicy(HomePagePolicy, policy => policy
            .SetVaryByQuery(Array.Empty<string>())
            .SetVaryByHeader(HeaderNames.AcceptEncoding)
            .VaryByValue(context => new KeyValuePair<string, string>("jour", ParisDay(context)))
            .Expire(TimeSpan.FromMinutes(10))
            .Tag(CatalogueRefresher.OutputCacheTag, Content.ContentCache.Tag)));
        return services;
    }

    public static WebApplication MapSite(this WebApplication app)
    {
        // The header also covers what a meta tag cannot: the CSV and PDF files of the back office.
        app.Use((context, next) =>
        {
            if (RobotsRules.IsPrivate(context.Request.Path))
            {
                context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
            }
            return next(context);
        });
        var robots = RobotsRules.RobotsTxt(app.Services.GetRequiredService<PublicSite>());
        app.MapGet("/robots.txt", () => TypedResults.Text(robots, "text/plain; charset=utf-8"));
        app.MapGet("/sitemap.xml", (Sitemap sitemap, HttpContext context) => SendSitemapAsync(sitemap, 0, context));
        app.MapGet("/sitemap-{number:int}.xml", (int number, Sitemap sitemap, HttpContext context) =>
            number < 1 ? Task.FromResult<Results<FileContentHttpResult, NotFound>>(TypedResults.NotFound()) : SendSitemapAsync(sitemap, number, context));
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> SendSitemapAsync(Sitemap sitemap, int number, HttpContext context)
    {
        if (await sitemap.FileAsync(number, context.RequestServices, context.RequestAborted) is not { } file)
        {
            return TypedResults.NotFound();
        }
        context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        var gzip = context.Request.GetTypedHeaders().AcceptEncoding
            .Any(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && e.Quality is not 0);
        if (!gzip)
        {
            return TypedResults.File(file.Xml, "application/xml; charset=utf-8");
        }
        context.Response.Headers.ContentEncoding = "gzip";
        return TypedResults.File(file.Gzip, "application/xml; charset=utf-8");
    }

    private static string ParisDay(HttpContext context) =>
        LabellingCountdown.Today(context.RequestServices.GetRequiredService<TimeProvider>()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
