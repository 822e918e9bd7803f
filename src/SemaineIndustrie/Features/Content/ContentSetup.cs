using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Site;
using SemaineIndustrie.Web;

namespace SemaineIndustrie.Features.Content;

/// Editorial content: the edition and its archives, press, the teachers' and companies' spaces,
/// regional pages, FAQ and legal pages, and the administrators' content manager.
public static class ContentSetup
{
    public static IServiceCollection AddContent(this IServiceCollection services)
    {
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Content/Manage", Policies.Administrator);
            options.Conventions.AddPageRoute("/Content/Manage/Edit", "/administration/contenus/nouveau");
            options.Conventions.AddPageRoute("/Content/Manage/Contact", "/administration/contenus/contacts/nouveau");
            options.Conventions.AddPageRoute("/Content/ContentPage", "/{slug:regex(^(mentions-legales|accessibilite|credits)$)}");
        });
        // Regional and edition pages show catalogue counts too: a new labelled event evicts them as well.
        services.Configure<OutputCacheOptions>(options => options.AddPolicy(ContentCache.PagePolicy, policy => policy
            .SetVaryByQuery("*")
            .SetVaryByHeader(HeaderNames.AcceptEncoding)
            .Expire(TimeSpan.FromMinutes(10))
            .Tag(ContentCache.Tag, CatalogueRefresher.OutputCacheTag)));
        services.AddSingleton<ContentCache>();
        services.AddHostedService(provider => provider.GetRequiredService<ContentCache>());
        services.AddSingleton<RecentNews>();
        services.AddSingleton<ContentUploads>();
        services.AddSingleton<ISitemapSource, ContentSitemap>();
        return services;
    }

    public static IEndpointRouteBuilder MapContent(this IEndpointRouteBuilder app)
    {
        app.MapGet("/fichiers/{id:int}/{name}", ContentFileEndpoint.GetAsync);
        return app;
    }
}
