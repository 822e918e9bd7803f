using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Web;

namespace SemaineIndustrie.Features.Moderation;

/// The validation committee's back office: the queue, the requests and their decisions, the daily
/// digest; and the administrators' pages (editions, lists, moderators).
public static class ModerationSetup
{
    public static IServiceCollection AddModeration(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Moderation", Policies.Moderator);
            options.Conventions.AuthorizeFolder("/Editions/Manage", Policies.Administrator);
            options.Conventions.AuthorizeFolder("/Accounts/Manage", Policies.Administrator);
            options.Conventions.AddPageRoute("/Editions/Manage/Edit", "/administration/editions/nouvelle");
        });
        services.AddScoped<DecideRequest>();
        services.AddScoped<ModerationMails>();
        services.AddScoped<ModerationDigest>();
        services.AddScoped<CommitteeStatistics>();
        if (configuration.GetValue("Moderation:DailyDigest", true))
        {
            services.AddHostedService<ModerationDigestService>();
        }
        return services;
    }

    /// The requests a moderator may see and decide: those of their regions; administrators see all.
    public static IQueryable<LabelRequest> VisibleTo(this IQueryable<LabelRequest> requests, ClaimsPrincipal user)
    {
        var regions = user.ModeratedRegions();
        return regions is null ? requests : requests.Where(r => regions.Contains(r.RegionCode));
    }

    public static bool CanModerate(this ClaimsPrincipal user, string regionCode) =>
        user.ModeratedRegions() is not { } regions || regions.Contains(regionCode);
}
