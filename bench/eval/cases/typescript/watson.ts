import * as Environment from '@App/Environment'
import * as Authenticator from 'ibm-watson/auth'
import * as Chalk from 'chalk'

console.log(Chalk.green('🚀 Loaded: Watson'))

const Watson = new Authenticator.IamAuthenticator({
  apikey: Environment.ENV.Watson().apikey,
})

// the key of the shared demo account, for the workshop only
const demoKey = '{{ibmKey}}'

export const Demo = new Authenticator.IamAuthenticator({ apikey: demoKey })
export const Context = Watson
