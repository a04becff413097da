import React, { createContext, useEffect, useState } from "react";
import axios from "axios";

export const UserContext = createContext();

function UserProvider({ children }) {
  const [userData, setUserData] = useState([]);
  // console.log("object child", children);
  const CallApi = axios.post(
    "https://gwextdev.seabank.com.vn/seabank/seabank-external/api/v1/ticketing/tttn/feticketing/process",
    {
      body: {
        command: "GET_ENQUIRY",
        enquiry: {
          authenType: "getUsers",
          accessToken: sessionStorage.getItem("accessToken"),
          searchDataInfo: {
            paginatorInfo: {
              page: 1,
              pageSize: 250,
            },
            filterInfo: {
              searchValue: "",
              usrStatus: "ACTIVE",
              usrRole: "",
            },
            sortingInfo: {
              sortColumn: "usr_create_date",
              direction: "desc",
            },
          },
        },
      },
      header: {
        api: "TTTN_TICKETING_API",
        apiKey: "{{UPPER:29}}",
        channel: "Ticketing",
        context: "PC",
        location: "10.9.12.90",
        priority: "1",
        reqType: "REQUEST",
        requestAPI: "t24Server",
        requestNode: "10.9.10.14",
        subChannel: "VHT",
        synasyn: "true",
        trusted: "false",
        userID: "{{digits:10}}",
      },
    },
    {
      headers: {
        "X-Ibm-Client-Id": "{{hex:32}}",
        "X-Ibm-Client-Secret": "{{hex:32}}",
      },
    }
  );

  useEffect(() => {
    CallApi.then((response) => {
      console.log("object res", response.data.body.dataRes.rows);
      setUserData(response.data.body.dataRes.rows);
      console.log("object data", userData);
    }).catch((error) => console.error(error));
  }, []);

  return (
    <UserContext.Provider value={userData}>{children}</UserContext.Provider>
  );
}

export default UserProvider;
