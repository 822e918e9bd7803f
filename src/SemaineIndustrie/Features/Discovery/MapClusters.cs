namespace SemaineIndustrie.Features.Discovery;

/// A group of nearby events drawn as one bubble; its bounds let the map zoom onto it.
public sealed record MapCluster(double Latitude, double Longitude, int Count, double LatMin, double LatMax, double LonMin, double LonMax);

/// One event drawn as its own marker.
public sealed record MapPoint(int Id, double Latitude, double Longitude, string Title, string Slug, string? CommuneName, DateTime FirstStartsAt);

public sealed record MapResult(int Total, int Zoom, IReadOnlyList<MapCluster> Clusters, IReadOnlyList<MapPoint> Points);

/// Server-side clustering: events fall into square cells of the web map's pixel grid at the asked
/// zoom, so a whole edition at national zoom is a few hundred bubbles instead of 10,000 markers.
public static class MapClusters
{
    public const int MinZoom = 2;
    public const int MaxZoom = 18;
    private const int CellPixels = 64;
    private const int ZoomWithoutClusters = 15;
    private const int MaxPoints = 2_000;

    public static MapResult Build(IEnumerable<IndexedEvent> events, int zoom)
    {
        var cellsPerSide = (256 << zoom) / (double)CellPixels;
        var cells = new Dictionary<long, CellAccumulator>();
        var total = 0;
        foreach (var e in events)
        {
            if (e.Latitude is null)
            {
                continue;
            }
            total++;
            var key = zoom >= ZoomWithoutClusters
                ? e.Id
                : ((long)(e.MercatorX * cellsPerSide) << 32) | (uint)(e.MercatorY * cellsPerSide);
            if (!cells.TryGetValue(key, out var cell))
            {
                cells[key] = cell = new CellAccumulator(e);
            }
            cell.Add(e);
        }
        var clusters = new List<MapCluster>();
        var points = new List<MapPoint>();
        foreach (var cell in cells.Values)
        {
            if (cell.Count == 1 && points.Count < MaxPoints)
            {
                var e = cell.First;
                points.Add(new MapPoint(e.Id, e.Latitude!.Value, e.Longitude!.Value, e.Title, e.Slug, e.CommuneName, e.FirstStartsAt));
            }
            else
            {
                clusters.Add(cell.ToCluster());
            }
        }
        return new MapResult(total, zoom, clusters, points);
    }

    /// Widens a visible area to whole 256-pixel tiles so that nearby views share one cached answer.
    public static GeoBox SnapToTiles(GeoBox box, int zoom)
    {
        var tiles = 1 << zoom;
        var (west, north) = WebMercator.Project(box.LatMax, box.LonMin);
        var (east, south) = WebMercator.Project(box.LatMin, box.LonMax);
        var (latMax, lonMin) = WebMercator.Unproject(Math.Floor(west * tiles) / tiles, Math.Floor(north * tiles) / tiles);
        var (latMin, lonMax) = WebMercator.Unproject(Math.Ceiling(east * tiles) / tiles, Math.Ceiling(south * tiles) / tiles);
        return new GeoBox(Math.Max(-90, latMin), Math.Min(90, latMax), Math.Max(-180, lonMin), Math.Min(180, lonMax));
    }

    private sealed class CellAccumulator(IndexedEvent first)
    {
        private double _latSum, _lonSum;
        private double _latMin = double.MaxValue, _latMax = double.MinValue, _lonMin = double.MaxValue, _lonMax = double.MinValue;

        public IndexedEvent First { get; } = first;
        public int Count { get; private set; }

        public void Add(IndexedEvent e)
        {
            var (lat, lon) = (e.Latitude!.Value, e.Longitude!.Value);
            Count++;
            _latSum += lat;
            _lonSum += lon;
            _latMin = Math.Min(_latMin, lat);
            _latMax = Math.Max(_latMax, lat);
            _lonMin = Math.Min(_lonMin, lon);
            _lonMax = Math.Max(_lonMax, lon);
        }

        public MapCluster ToCluster() => new(Math.Round(_latSum / Count, 5), Math.Round(_lonSum / Count, 5), Count, _latMin, _latMax, _lonMin, _lonMax);
    }
}
