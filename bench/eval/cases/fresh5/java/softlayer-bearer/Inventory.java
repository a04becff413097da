import com.softlayer.api.ApiClient;
import com.softlayer.api.RestApiClient;
import com.softlayer.api.http.HttpBearerCredentials;
import com.softlayer.api.service.Account;

public class Inventory {
    public static void main(String[] args) {
        ApiClient client = new RestApiClient()
            .withCredentials(new HttpBearerCredentials("{{jwt:ibm}}"));
        Account.Service service = Account.service(client);
        System.out.println(service.getVirtualGuests().size());
    }
}
