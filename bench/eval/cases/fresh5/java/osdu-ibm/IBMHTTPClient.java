public class IBMHTTPClient extends HTTPClient {

    private static String token = null;

    @Override
    public synchronized String getAccessToken() {
        if(token == null) {
            try {
                token = "Bearer " + IdentityClient.getTokenForUserWithAccess();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }
        return token;
    }
}
