using System.Globalization;
using System.Text;
using System.Text.Json;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Statistics;

/// The outline of each region as SVG path data, drawn once at start-up from `regions.geojson` in the
/// geographic data directory: metropolitan France in a 500 × 480 frame, each overseas region in its
/// own inset on the right. Without the directory there are no outlines and pages draw a tile grid instead.
public sealed class RegionMap
{
    public const int Width = 620;
    public const int Height = 560;

    /// Where each overseas region's inset sits (x, y, size), in the order of the official list.
    private static readonly Dictionary<string, (double X, double Y, double Size)> Insets = new()
    {
        ["01"] = (510, 10, 100), ["02"] = (510, 120, 100), ["03"] = (510, 230, 100), ["04"] = (510, 340, 100), ["06"] = (510, 450, 100),
    };

    private readonly Dictionary<string, string> _paths = [];

    public RegionMap(GeographyOptions options)
    {
        if (options.DataFile("regions.geojson") is not { } file)
        {
            return;
        }
        using var stream = File.OpenRead(file);
        using var json = JsonDocument.Parse(stream);
        foreach (var feature in json.RootElement.GetProperty("features").EnumerateArray())
        {
            var code = feature.GetProperty("properties").GetProperty("code").GetString()!;
            var polygons = Polygons(feature.GetProperty("geometry"));
            _paths[code] = Insets.TryGetValue(code, out var inset) ? Draw(polygons, Fit(polygons, inset)) : Draw(polygons, Metropolitan);
        }
    }

    public bool HasOutlines => _paths.Count > 0;

    public string? Path(string regionCode) => _paths.GetValueOrDefault(regionCode);

    public static (double X, double Y, double Size)? Inset(string regionCode) => Insets.TryGetValue(regionCode, out var inset) ? inset : null;

    // Metropolitan France with Corsica, 5.2° W – 9.6° E and 41.3° – 51.1° N, 47 px per degree of
    // latitude; longitudes shrink by the cosine of the middle latitude so shapes keep their proportions.
    private const double PixelsPerDegree = 47;
    private static readonly double LongitudeScale = Math.Cos(46.2 * Math.PI / 180) * PixelsPerDegree;

    private static (double X, double Y) Metropolitan(double lon, double lat) =>
        (10 + ((lon + 5.2) * LongitudeScale), 10 + ((51.1 - lat) * PixelsPerDegree));

    private static Func<double, double, (double X, double Y)> Fit(List<List<(double Lon, double Lat)>> polygons, (double X, double Y, double Size) box)
    {
        var points = polygons.SelectMany(p => p).ToList();
        var (minLon, maxLon, minLat, maxLat) = (points.Min(p => p.Lon), points.Max(p => p.Lon), points.Min(p => p.Lat), points.Max(p => p.Lat));
        var squeeze = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var scale = (box.Size - 10) / Math.Max((maxLon - minLon) * squeeze, maxLat - minLat);
        return (lon, lat) => (box.X + 5 + ((lon - minLon) * squeeze * scale), box.Y + 5 + ((maxLat - lat) * scale));
    }

    /// SVG path data, points closer than half a pixel merged: the whole map stays a few tens of kB.
    private static string Draw(List<List<(double Lon, double Lat)>> rings, Func<double, double, (double X, double Y)> project)
    {
        var path = new StringBuilder();
        foreach (var ring in rings)
        {
            var kept = new List<(double X, double Y)>();
            foreach (var (lon, lat) in ring)
            {
                var p = project(lon, lat);
                if (kept.Count == 0 || Math.Abs(p.X - kept[^1].X) + Math.Abs(p.Y - kept[^1].Y) >= 0.5)
                {
                    kept.Add(p);
                }
            }
            if (kept.Count < 3)
            {
                continue;
            }
            path.Append('M');
            path.AppendJoin('L', kept.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")));
            path.Append('Z');
        }
        return path.ToString();
    }

    /// The outer rings of a Polygon or MultiPolygon (holes are not drawn at this scale).
    private static List<List<(double Lon, double Lat)>> Polygons(JsonElement geometry)
    {
        var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon"
            ? geometry.GetProperty("coordinates").EnumerateArray().ToList()
            : [geometry.GetProperty("coordinates")];
        return polygons.Select(polygon => polygon.EnumerateArray().First().EnumerateArray()
            .Select(point => (point[0].GetDouble(), point[1].GetDouble())).ToList()).ToList();
    }
}
