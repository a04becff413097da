import { NextResponse } from "next/server";

export async function POST() {
  const apiKey = process.env.IBM_API_KEY;
  if (!apiKey) {
    return NextResponse.json({ error: "IBM_API_KEY is not defined" }, { status: 500 });
  }
  const tokenResponse = await fetch("https://iam.cloud.ibm.com/identity/token", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: `grant_type=urn:ibm:params:oauth:grant-type:apikey&apikey=${apiKey}`,
  });
  return NextResponse.json(await tokenResponse.json());
}
