const express = require("express");
const session = require("express-session");
const passport = require("passport");
const WebAppStrategy = require("ibmcloud-appid").WebAppStrategy;
// const SelfServiceManager = require("ibmcloud-appid").SelfServiceManager;
const userProfileManager = require("ibmcloud-appid").UserProfileManager;
const CALLBACK_URL = "/ibm/cloud/appid/callback";

const app = express();
userProfileManager.init({
  oauthServerUrl:
    "https://au-syd.appid.cloud.ibm.com/oauth/v4/{{uuid#tenant}}",
  profilesUrl: "https://au-syd.appid.cloud.ibm.com",
});
// let selfServiceManager = new SelfServiceManager({
//   // iamApiKey: "{{ibmKey#old}}",
//   iamApiKey: "{{ibmKey#old}}",
//   managementUrl:
//     "https://au-syd.appid.cloud.ibm.com/management/v4/{{uuid#tenant}}",
// });

app.use(session({
  secret: "appid_icon",
  resave: false,
  saveUninitialized: false,
}));
app.use(passport.initialize());
app.use(passport.session());
passport.serializeUser((user, done) => done(null, user));
passport.deserializeUser((user, done) => done(null, user));

passport.use(new WebAppStrategy({
    tenantId: "{{uuid#tenant}}",
    clientId: "{{uuid}}",
    secret: process.env.APPID_SECRET,
    oauthServerUrl: "https://au-syd.appid.cloud.ibm.com/oauth/v4/{{uuid#tenant}}",
    redirectUri: "http://localhost:3000" + CALLBACK_URL
}));

module.exports = app;
