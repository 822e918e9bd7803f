using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Geocoding;
using SemaineIndustrie.Web;

namespace SemaineIndustrie.Features.Events.Manage;

/// The organisers' back office: their organisation, their events, their requests and kits.
public static class OrganiserArea
{
    public static IServiceCollection AddOrganiserArea(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Events/Manage", Policies.Organiser);
            options.Conventions.AuthorizeFolder("/Organisations/Manage", Policies.Organiser);
            options.Conventions.AddPageRoute("/Events/Manage/Edit", "/organisateur/evenements/nouveau");
        });
        services.AddGeocoding(configuration);
        services.AddScoped<EventForm>();
        services.AddScoped<SubmitEvent>();
        services.AddScoped<LabelledEventChanges>();
        return services;
    }

    /// The events of the signed-in organiser's organisation: ownership is part of every query.
    public static IQueryable<Event> OwnedBy(this IQueryable<Event> events, ClaimsPrincipal user)
    {
        var organisationId = user.OrganisationId() ?? -1;
        return events.Where(e => e.OrganisationId == organisationId);
    }
}
