using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Content;

/// Regional pages are addressed by the region's name as a French slug: /regions/nouvelle-aquitaine.
public static class RegionPages
{
    public static string Slug(Region region) => Slugs.From(region.Name);

    public static string Url(Region region) => "/regions/" + Slug(region);

    public static Region? FromSlug(this FrenchGeography geography, string? slug) =>
        geography.Regions.FirstOrDefault(r => Slug(r) == slug);

    /// The area the regional map opens on: its departments' chefs-lieux with a margin, as
    /// « lat_min,lat_max,lon_min,lon_max » for the map script.
    public static string Box(FrenchGeography geography, Region region)
    {
        var departments = geography.Departments.Where(d => d.RegionCode == region.Code).ToList();
        if (departments.Count == 0)
        {
            return "";
        }
        const double margin = 0.6;
        double[] box =
        [
            departments.Min(d => d.Latitude) - margin, departments.Max(d => d.Latitude) + margin,
            departments.Min(d => d.Longitude) - margin, departments.Max(d => d.Longitude) + margin,
        ];
        return string.Join(",", box.Select(v => Math.Round(v, 4).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
