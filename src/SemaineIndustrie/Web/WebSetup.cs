using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using SemaineIndustrie.Features.Discovery;

namespace SemaineIndustrie.Web;

/// Cross-cutting plumbing: Razor Pages under Features/, ProblemDetails for /api and one error page
/// for everything else, output caching of anonymous pages, rate limits and static files.
public static class WebSetup
{
    public const string CataloguePagePolicy = "catalogue-page";

    public static IServiceCollection AddWebPlumbing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorPages().WithRazorPagesRoot("/Features")
            .AddMvcOptions(options =>
            {
                FrenchBindingMessages.Apply(options.ModelBindingMessageProvider);
                InvariantFormValues.Replace(options.ValueProviderFactories);
            });
        services.AddProblemDetails();
        services.AddValidation();
        services.AddRateLimits(configuration);
        services.AddOutputCache(options =>
        {
            options.AddPolicy(CataloguePagePolicy, policy => policy
                .SetVaryByQuery("*")
                .SetVaryByHeader(HeaderNames.AcceptEncoding)
                // Pages filtered on seats left change with registrations, not with the catalogue.
                .VaryByValue(context => new KeyValuePair<string, string>("places", context.Request.Query.ContainsKey(SearchParameters.Seats)
                    ? context.RequestServices.GetRequiredService<SeatAvailability>().Version.ToString(System.Globalization.CultureInfo.InvariantCulture) : ""))
                .Expire(TimeSpan.FromMinutes(10))
                .Tag(CatalogueRefresher.OutputCacheTag));
        });
        // Pages are compressed once, before the output cache stores them (see UseWebPlumbing); the
        // JSON answers stay plain, their bytes are cached and sent as they are.
        services.AddResponseCompression(options =>
        {
            options.MimeTypes = ["text/html"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.AddSingleton(TimeProvider.System);
        // French text is written as is rather than as numeric character references.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    public static WebApplication UseWebPlumbing(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/erreur");
            pages.UseStatusCodePagesWithReExecute("/erreur", "?code={0}");
        });
        app.UseRequestLocalization("fr-FR");
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=86400",
        });
        app.UseRouting();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();
        app.UseResponseCompression();
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
