gongkaiSearch.meta({"shards":2,"chunk":64,"count":43,"spans":[[2023,"731001","遵化市科学技术协会",0]]});
