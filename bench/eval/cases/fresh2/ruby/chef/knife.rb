log_level                :info
log_location             STDOUT
node_name                'admin'
client_key               '/root/chef-repo/.chef/admin.pem'
validation_client_name   'chef-validator'
validation_key           '/root/chef-repo/.chef/chef-validator.pem'
chef_server_url          'https://5.153.32.20:443'
syntax_check_cache_path  '/root/chef-repo/.chef/syntax_check_cache'
cookbook_path [ '~/chef-repo/cookbooks' ]
#cookbook_path [ '~/chef-repo/cookbooks', '~/chef-repo/mdxp-cookbooks' , '~/chef-repo/opscode-cookbooks' ]
knife[:softlayer_username] = 'jdoe_ops'
knife[:softlayer_api_key]  = '{{hex:64}}'
