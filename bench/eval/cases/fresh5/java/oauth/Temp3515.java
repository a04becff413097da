import java.net.HttpURLConnection;
import java.net.URL;

public class Temp3515 {
    public static void main(String[] args) throws Exception {
        URL url = new URL("http://server.example.com/token");
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        conn.setRequestMethod("POST");
        conn.setRequestProperty("Authorization", "Basic {{b64:s6BhdRkqt3:gX1fBat3bV}}");
        conn.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
    }
}
