using SemaineIndustrie.Features.Discovery;

namespace SemaineIndustrie.Features.Events;

public sealed record NearbyEvent(int Id, string Slug, string Title, string? CommuneName, string? PostalCode,
    double DistanceKm, DateTime FirstStartsAt, string RegionCode, PublicStatus PublicStatus);

/// « Autres événements à proximité » on the event page, read from the in-memory catalogue.
public static class NearbyEvents
{
    public const double RadiusKm = 50;

    // Cancelled events are left out: suggesting them would only send visitors to a dead end.
    public static IReadOnlyList<NearbyEvent> Around(CatalogueSnapshot catalogue, int editionId, int excludedId, GeoPoint point, int count = 4)
    {
        const double maxSquared = RadiusKm * RadiusKm;
        return catalogue.EventsOf(editionId)
            .Where(e => e.Id != excludedId && e.Latitude is not null && e.Longitude is not null && e.PublicStatus != PublicStatus.Cancelled)
            .Select(e => (Event: e, Squared: Distance.SquaredKm(point, e.Latitude!.Value, e.Longitude!.Value)))
            .Where(x => x.Squared <= maxSquared)
            .OrderBy(x => x.Squared)
            .ThenBy(x => x.Event.Id)
            .Take(count)
            .Select(x => new NearbyEvent(x.Event.Id, x.Event.Slug, x.Event.Title, x.Event.CommuneName, x.Event.PostalCode,
                Math.Round(Math.Sqrt(x.Squared), 1), x.Event.FirstStartsAt, x.Event.RegionCode, x.Event.PublicStatus))
            .ToList();
    }
}
