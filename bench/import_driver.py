"""Drives one bulk import through the real pages, as an organiser's browser would.

    python3 bench/import_driver.py BASE_URL EMAIL PASSWORD ROWS FIRST_DAY(YYYY-MM-DD) SPREAD_DAYS

Signs in, uploads a generated CSV of ROWS events (real communes, sessions spread over SPREAD_DAYS
from FIRST_DAY), loads the dry-run report, confirms the import and reads the outcome. Prints one
line: BENCH rows=… bytes=… upload_ms=… dry_run_ms=… import_ms=… imported=… skipped=…
Standard library only; talks to 127.0.0.1 only.
"""
import datetime
import http.cookiejar
import random
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

CITIES = [
    ("Lyon", "69007", 45.7325, 4.8389), ("Marseille", "13002", 43.3086, 5.3650), ("Toulouse", "31000", 43.6045, 1.4440),
    ("Lille", "59000", 50.6292, 3.0573), ("Nantes", "44000", 47.2184, -1.5536), ("Strasbourg", "67000", 48.5734, 7.7521),
    ("Bordeaux", "33000", 44.8378, -0.5792), ("Rennes", "35000", 48.1173, -1.6778), ("Rouen", "76000", 49.4432, 1.0999),
    ("Dijon", "21000", 47.3220, 5.0415), ("Orléans", "45000", 47.9030, 1.9093), ("Clermont-Ferrand", "63000", 45.7772, 3.0870),
    ("Grenoble", "38000", 45.1885, 5.7245), ("Saint-Étienne", "42000", 45.4397, 4.3872), ("Le Havre", "76600", 49.4944, 0.1079),
    ("Reims", "51100", 49.2583, 4.0317), ("Metz", "57000", 49.1193, 6.1757), ("Besançon", "25000", 47.2378, 6.0241),
]
TYPES = ["visite-entreprise", "portes-ouvertes", "job-dating", "forum-metiers", "atelier", "exposition"]
AUDIENCES = ["collegiens", "lyceens", "apprentis", "etudiants", "demandeurs-emploi", "grand-public"]
HEADER = ["titre", "resume", "description", "type", "publics", "thematiques", "filiere", "format", "adresse", "code_postal", "commune",
          "latitude", "longitude", "lien_en_ligne", "date", "heure_debut", "heure_fin", "autres_creneaux", "capacite", "inscription",
          "lien_inscription", "contact_nom", "contact_email", "contact_telephone", "gratuit", "objet_industrie", "accessibilite"]


def csv_bytes(rows, first_day, spread):
    rnd = random.Random(2026)
    lines = [";".join(HEADER)]
    for i in range(rows):
        city, cp, lat, lon = CITIES[i % len(CITIES)]
        day = first_day + datetime.timedelta(days=rnd.randrange(spread))
        hour = 8 + rnd.randrange(8)
        lines.append(";".join([
            f"Visite n° {i + 1} de l'atelier {city}", "Découverte des métiers et des machines.",
            "Visite guidée de l'atelier, échanges avec des techniciens et des apprentis.", rnd.choice(TYPES),
            "|".join(rnd.sample(AUDIENCES, 2)), "", "", "sur place", f"{1 + i % 120} rue de l'Industrie", cp, city,
            f"{lat + rnd.uniform(-0.05, 0.05):.5f}", f"{lon + rnd.uniform(-0.05, 0.05):.5f}", "", day.strftime("%d/%m/%Y"),
            f"{hour:02d}:00", f"{hour + 2:02d}:00", "", "30", "plateforme", "", "Accueil", "visites@exemple.fr", "", "oui", "oui", "moteur",
        ]))
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def token(html):
    return re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html).group(1)


def main():
    base, email, password, rows, first, spread = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], int(sys.argv[6])
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    get = lambda path: opener.open(base + path, timeout=600).read().decode("utf-8")

    def post(path, data, content_type="application/x-www-form-urlencoded"):
        request = urllib.request.Request(base + path, data=data, headers={"Content-Type": content_type})
        response = opener.open(request, timeout=600)
        return response.geturl(), response.read().decode("utf-8")

    page = get("/connexion")
    # Signing in answers a redirect to the organiser's area; only the cookie matters here.
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args):
            return None
    sign_in = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    try:
        sign_in.open(urllib.request.Request(base + "/connexion", data=urllib.parse.urlencode(
            {"Input.Email": email, "Input.Password": password, "__RequestVerificationToken": token(page)}).encode()), timeout=60)
    except urllib.error.HTTPError as redirect:
        if redirect.code != 302:
            raise

    body = csv_bytes(rows, datetime.date.fromisoformat(first), spread)
    boundary = "----semaine-bench"
    form = token(get("/organisateur/import"))
    multipart = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{form}\r\n"
                 f"--{boundary}\r\nContent-Disposition: form-data; name=\"Upload\"; filename=\"bench.csv\"\r\nContent-Type: text/csv\r\n\r\n").encode()
    multipart += body + f"\r\n--{boundary}--\r\n".encode()
    t0 = time.perf_counter()
    report_url, report = post("/organisateur/import", multipart, f"multipart/form-data; boundary={boundary}")
    upload_and_dry_run_ms = (time.perf_counter() - t0) * 1000
    valid = re.search(r"(\d+) lignes valides", report)
    if not valid or int(valid.group(1)) != rows:
        print(report[:3000], file=sys.stderr)
        sys.exit(f"dry run: expected {rows} valid rows, got {valid.group(1) if valid else 'no report'}")
    t1 = time.perf_counter()
    get(urllib.parse.urlparse(report_url).path)
    dry_run_ms = (time.perf_counter() - t1) * 1000
    path = urllib.parse.urlparse(report_url).path
    t2 = time.perf_counter()
    _, outcome = post(path, urllib.parse.urlencode({"__RequestVerificationToken": token(report)}).encode())
    import_ms = (time.perf_counter() - t2) * 1000
    done = re.search(r"(\d+) demandes de label déposées, (\d+) lignes non importées", outcome)
    if not done:
        print(outcome[:3000], file=sys.stderr)
        sys.exit("no import outcome on the page")
    print(f"BENCH rows={rows} bytes={len(body)} upload_ms={upload_and_dry_run_ms:.0f} dry_run_ms={dry_run_ms:.0f} "
          f"import_ms={import_ms:.0f} imported={done.group(1)} skipped={done.group(2)}")


main()
