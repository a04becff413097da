const opts = {
  bufferSize: program.bufferSize,
  log: program.log,
  mode: program.mode,
  parallelism: program.parallelism,
  iamApiKey: program.iamApiKey
};

// log configuration to console
console.error('='.repeat(80));
console.error('Performing backup on ' + databaseUrl.replace(/\/\/.+@/g, '//****:****@') + ' using configuration:');
console.error(JSON.stringify(opts, null, 2).replace(/"iamApiKey": "[^"]+"/, '"iamApiKey": "****"'));
console.error('='.repeat(80));
