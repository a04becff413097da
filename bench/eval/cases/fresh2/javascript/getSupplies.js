const request = require('request-promise');

async function main(params) {
    
    if(!(params.mainCategoryId)){
        return Promise.reject({message: 'lack of params'});
    }
    
    var mainCategoryId = params.mainCategoryId
    //var subCategoryId = params.subCategoryId
    
    let suppliesData = await request({
        url: 'https://ec80e471.jp-tok.apigw.appdomain.cloud/distributer/supplies',
        headers: {
            "Accept": "application/json",
            "X-IBM-Client-Id": "{{uuid}}",
            "X-IBM-Client-Secret": "{{uuid}}"
        }
    });
    var supplies = JSON.parse(suppliesData).supplies
    
    var pickedSupplies = supplies.filter((supply) => {
        return supply.mainCategoryId == mainCategoryId
    })
    
    
    var res = {}
    res.supplies = pickedSupplies
	return res
}
