# connect to the OpenWhisk instance
wsk property set --apihost 192.168.163.146:31001
wsk property set --auth {{uuid}}:{{alnum:64}}
wsk -i package list /whisk.system

# deployed functions
wsk -i action list
wsk -i action update lin_pack lin_pack.zip --docker 192.168.163.146:5000/python3action:1.1.0
wsk -i action invoke lin_pack --result
