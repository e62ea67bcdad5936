// Generated from openapi.yaml by scripts/generate.ts. Do not edit: run `npm run generate`.
// @ts-nocheck
import { formats } from "../src/runtime/formats.js";
"use strict";
export const validateCustomerId = validate21;
const schema32 = {"type":"string","pattern":"^cust(_test)?_[0-9a-z]+$"};
const pattern4 = new RegExp("^cust(_test)?_[0-9a-z]+$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(!pattern4.test(data)){
validate21.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^cust(_test)?_[0-9a-z]+$"},message:"must match pattern \""+"^cust(_test)?_[0-9a-z]+$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validateTransactionId = validate22;
const schema33 = {"type":"string","pattern":"^trxn(_test)?_[0-9a-z]+$"};
const pattern5 = new RegExp("^trxn(_test)?_[0-9a-z]+$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(typeof data === "string"){
if(!pattern5.test(data)){
validate22.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^trxn(_test)?_[0-9a-z]+$"},message:"must match pattern \""+"^trxn(_test)?_[0-9a-z]+$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validateListOrder = validate23;
const schema34 = {"type":"string","enum":["chronological","reverse_chronological"],"default":"chronological"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data === "chronological") || (data === "reverse_chronological"))){
validate23.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"dynamicProps":false,"dynamicItems":false};

export const validateCardList = validate24;
const schema35 = {"type":"object","required":["object","data","limit","offset","total","order","location","from","to"],"properties":{"object":{"type":"string","const":"list"},"data":{"type":"array","items":{"$ref":"#/components/schemas/Card"}},"limit":{"type":"integer","minimum":1,"maximum":100},"offset":{"type":"integer","minimum":0},"total":{"type":"integer","minimum":0},"order":{"oneOf":[{"$ref":"#/components/schemas/ListOrder"},{"type":"null"}]},"location":{"type":"string","pattern":"^/customers/cust(_test)?_[0-9a-z]+/cards$"},"from":{"type":"string","format":"date-time"},"to":{"type":"string","format":"date-time"}}};
const schema36 = {"type":"object","required":["object","id","livemode","location","deleted","brand","last_digits","name","expiration_month","expiration_year","bank","country","city","postal_code","state","street1","street2","phone_number","financing","fingerprint","security_code_check","created_at"],"properties":{"object":{"type":"string","const":"card"},"id":{"type":"string","pattern":"^card(_test)?_[0-9a-z]+$"},"livemode":{"type":"boolean"},"location":{"type":"string","pattern":"^/customers/cust(_test)?_[0-9a-z]+/cards/card(_test)?_[0-9a-z]+$"},"deleted":{"type":"boolean"},"brand":{"type":"string","minLength":1},"last_digits":{"type":"string","pattern":"^[0-9]{4}$"},"first_digits":{"type":["string","null"],"pattern":"^[0-9]{6,8}$"},"name":{"type":"string"},"expiration_month":{"type":"integer","minimum":1,"maximum":12},"expiration_year":{"type":"integer","minimum":1970,"maximum":9999},"bank":{"type":["string","null"]},"country":{"type":["string","null"],"pattern":"^([A-Za-z]{2})?$"},"city":{"type":["string","null"]},"postal_code":{"type":["string","null"]},"state":{"type":["string","null"]},"street1":{"type":["string","null"]},"street2":{"type":["string","null"]},"phone_number":{"type":["string","null"]},"financing":{"type":"string","enum":["credit","debit","prepaid",""]},"fingerprint":{"type":"string","minLength":1},"tokenization_method":{"type":["string","null"]},"security_code_check":{"type":"boolean","deprecated":true},"created_at":{"type":"string","format":"date-time"}}};
const pattern6 = new RegExp("^card(_test)?_[0-9a-z]+$", "u");
const pattern7 = new RegExp("^/customers/cust(_test)?_[0-9a-z]+/cards/card(_test)?_[0-9a-z]+$", "u");
const pattern8 = new RegExp("^[0-9]{4}$", "u");
const pattern9 = new RegExp("^[0-9]{6,8}$", "u");
const pattern10 = new RegExp("^([A-Za-z]{2})?$", "u");
const pattern11 = new RegExp("^/customers/cust(_test)?_[0-9a-z]+/cards$", "u");
const formats0 = formats["date-time"];

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((data.object === undefined) && (missing0 = "object")) || ((data.data === undefined) && (missing0 = "data"))) || ((data.limit === undefined) && (missing0 = "limit"))) || ((data.offset === undefined) && (missing0 = "offset"))) || ((data.total === undefined) && (missing0 = "total"))) || ((data.order === undefined) && (missing0 = "order"))) || ((data.location === undefined) && (missing0 = "location"))) || ((data.from === undefined) && (missing0 = "from"))) || ((data.to === undefined) && (missing0 = "to"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.object !== undefined){
let data0 = data.object;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate24.errors = [{instancePath:instancePath+"/object",schemaPath:"#/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("list" !== data0){
validate24.errors = [{instancePath:instancePath+"/object",schemaPath:"#/properties/object/const",keyword:"const",params:{allowedValue: "list"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data1 = data.data;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((((((((((((((((((((((data2.object === undefined) && (missing1 = "object")) || ((data2.id === undefined) && (missing1 = "id"))) || ((data2.livemode === undefined) && (missing1 = "livemode"))) || ((data2.location === undefined) && (missing1 = "location"))) || ((data2.deleted === undefined) && (missing1 = "deleted"))) || ((data2.brand === undefined) && (missing1 = "brand"))) || ((data2.last_digits === undefined) && (missing1 = "last_digits"))) || ((data2.name === undefined) && (missing1 = "name"))) || ((data2.expiration_month === undefined) && (missing1 = "expiration_month"))) || ((data2.expiration_year === undefined) && (missing1 = "expiration_year"))) || ((data2.bank === undefined) && (missing1 = "bank"))) || ((data2.country === undefined) && (missing1 = "country"))) || ((data2.city === undefined) && (missing1 = "city"))) || ((data2.postal_code === undefined) && (missing1 = "postal_code"))) || ((data2.state === undefined) && (missing1 = "state"))) || ((data2.street1 === undefined) && (missing1 = "street1"))) || ((data2.street2 === undefined) && (missing1 = "street2"))) || ((data2.phone_number === undefined) && (missing1 = "phone_number"))) || ((data2.financing === undefined) && (missing1 = "financing"))) || ((data2.fingerprint === undefined) && (missing1 = "fingerprint"))) || ((data2.security_code_check === undefined) && (missing1 = "security_code_check"))) || ((data2.created_at === undefined) && (missing1 = "created_at"))){
validate24.errors = [{instancePath:instancePath+"/data/" + i0,schemaPath:"#/components/schemas/Card/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data2.object !== undefined){
let data3 = data2.object;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/object",schemaPath:"#/components/schemas/Card/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("card" !== data3){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/object",schemaPath:"#/components/schemas/Card/properties/object/const",keyword:"const",params:{allowedValue: "card"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs8 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.id !== undefined){
let data4 = data2.id;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(!pattern6.test(data4)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/id",schemaPath:"#/components/schemas/Card/properties/id/pattern",keyword:"pattern",params:{pattern: "^card(_test)?_[0-9a-z]+$"},message:"must match pattern \""+"^card(_test)?_[0-9a-z]+$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/id",schemaPath:"#/components/schemas/Card/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.livemode !== undefined){
const _errs12 = errors;
if(typeof data2.livemode !== "boolean"){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/livemode",schemaPath:"#/components/schemas/Card/properties/livemode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.location !== undefined){
let data6 = data2.location;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data6 === "string"){
if(!pattern7.test(data6)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/location",schemaPath:"#/components/schemas/Card/properties/location/pattern",keyword:"pattern",params:{pattern: "^/customers/cust(_test)?_[0-9a-z]+/cards/card(_test)?_[0-9a-z]+$"},message:"must match pattern \""+"^/customers/cust(_test)?_[0-9a-z]+/cards/card(_test)?_[0-9a-z]+$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/location",schemaPath:"#/components/schemas/Card/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.deleted !== undefined){
const _errs16 = errors;
if(typeof data2.deleted !== "boolean"){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/deleted",schemaPath:"#/components/schemas/Card/properties/deleted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.brand !== undefined){
let data8 = data2.brand;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data8 === "string"){
if(data8.length < 1){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/brand",schemaPath:"#/components/schemas/Card/properties/brand/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/brand",schemaPath:"#/components/schemas/Card/properties/brand/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.last_digits !== undefined){
let data9 = data2.last_digits;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data9 === "string"){
if(!pattern8.test(data9)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/last_digits",schemaPath:"#/components/schemas/Card/properties/last_digits/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{4}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/last_digits",schemaPath:"#/components/schemas/Card/properties/last_digits/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.first_digits !== undefined){
let data10 = data2.first_digits;
const _errs22 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/first_digits",schemaPath:"#/components/schemas/Card/properties/first_digits/type",keyword:"type",params:{type: schema36.properties.first_digits.type},message:"must be string,null"}];
return false;
}
if(errors === _errs22){
if(typeof data10 === "string"){
if(!pattern9.test(data10)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/first_digits",schemaPath:"#/components/schemas/Card/properties/first_digits/pattern",keyword:"pattern",params:{pattern: "^[0-9]{6,8}$"},message:"must match pattern \""+"^[0-9]{6,8}$"+"\""}];
return false;
}
}
}
var valid3 = _errs22 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.name !== undefined){
const _errs24 = errors;
if(typeof data2.name !== "string"){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/name",schemaPath:"#/components/schemas/Card/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs24 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.expiration_month !== undefined){
let data12 = data2.expiration_month;
const _errs26 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/expiration_month",schemaPath:"#/components/schemas/Card/properties/expiration_month/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs26){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 12 || isNaN(data12)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/expiration_month",schemaPath:"#/components/schemas/Card/properties/expiration_month/maximum",keyword:"maximum",params:{comparison: "<=", limit: 12},message:"must be <= 12"}];
return false;
}
else {
if(data12 < 1 || isNaN(data12)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/expiration_month",schemaPath:"#/components/schemas/Card/properties/expiration_month/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid3 = _errs26 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.expiration_year !== undefined){
let data13 = data2.expiration_year;
const _errs28 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/expiration_year",schemaPath:"#/components/schemas/Card/properties/expiration_year/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs28){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 9999 || isNaN(data13)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/expiration_year",schemaPath:"#/components/schemas/Card/properties/expiration_year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9999},message:"must be <= 9999"}];
return false;
}
else {
if(data13 < 1970 || isNaN(data13)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/expiration_year",schemaPath:"#/components/schemas/Card/properties/expiration_year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1970},message:"must be >= 1970"}];
return false;
}
}
}
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.bank !== undefined){
let data14 = data2.bank;
const _errs30 = errors;
if((typeof data14 !== "string") && (data14 !== null)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/bank",schemaPath:"#/components/schemas/Card/properties/bank/type",keyword:"type",params:{type: schema36.properties.bank.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs30 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.country !== undefined){
let data15 = data2.country;
const _errs32 = errors;
if((typeof data15 !== "string") && (data15 !== null)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/country",schemaPath:"#/components/schemas/Card/properties/country/type",keyword:"type",params:{type: schema36.properties.country.type},message:"must be string,null"}];
return false;
}
if(errors === _errs32){
if(typeof data15 === "string"){
if(!pattern10.test(data15)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/country",schemaPath:"#/components/schemas/Card/properties/country/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z]{2})?$"},message:"must match pattern \""+"^([A-Za-z]{2})?$"+"\""}];
return false;
}
}
}
var valid3 = _errs32 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.city !== undefined){
let data16 = data2.city;
const _errs34 = errors;
if((typeof data16 !== "string") && (data16 !== null)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/city",schemaPath:"#/components/schemas/Card/properties/city/type",keyword:"type",params:{type: schema36.properties.city.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs34 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.postal_code !== undefined){
let data17 = data2.postal_code;
const _errs36 = errors;
if((typeof data17 !== "string") && (data17 !== null)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/postal_code",schemaPath:"#/components/schemas/Card/properties/postal_code/type",keyword:"type",params:{type: schema36.properties.postal_code.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs36 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.state !== undefined){
let data18 = data2.state;
const _errs38 = errors;
if((typeof data18 !== "string") && (data18 !== null)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/state",schemaPath:"#/components/schemas/Card/properties/state/type",keyword:"type",params:{type: schema36.properties.state.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs38 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.street1 !== undefined){
let data19 = data2.street1;
const _errs40 = errors;
if((typeof data19 !== "string") && (data19 !== null)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/street1",schemaPath:"#/components/schemas/Card/properties/street1/type",keyword:"type",params:{type: schema36.properties.street1.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs40 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.street2 !== undefined){
let data20 = data2.street2;
const _errs42 = errors;
if((typeof data20 !== "string") && (data20 !== null)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/street2",schemaPath:"#/components/schemas/Card/properties/street2/type",keyword:"type",params:{type: schema36.properties.street2.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs42 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.phone_number !== undefined){
let data21 = data2.phone_number;
const _errs44 = errors;
if((typeof data21 !== "string") && (data21 !== null)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/phone_number",schemaPath:"#/components/schemas/Card/properties/phone_number/type",keyword:"type",params:{type: schema36.properties.phone_number.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs44 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.financing !== undefined){
let data22 = data2.financing;
const _errs46 = errors;
if(typeof data22 !== "string"){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/financing",schemaPath:"#/components/schemas/Card/properties/financing/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data22 === "credit") || (data22 === "debit")) || (data22 === "prepaid")) || (data22 === ""))){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/financing",schemaPath:"#/components/schemas/Card/properties/financing/enum",keyword:"enum",params:{allowedValues: schema36.properties.financing.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs46 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.fingerprint !== undefined){
let data23 = data2.fingerprint;
const _errs48 = errors;
if(errors === _errs48){
if(typeof data23 === "string"){
if(data23.length < 1){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/fingerprint",schemaPath:"#/components/schemas/Card/properties/fingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/fingerprint",schemaPath:"#/components/schemas/Card/properties/fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs48 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.tokenization_method !== undefined){
let data24 = data2.tokenization_method;
const _errs50 = errors;
if((typeof data24 !== "string") && (data24 !== null)){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/tokenization_method",schemaPath:"#/components/schemas/Card/properties/tokenization_method/type",keyword:"type",params:{type: schema36.properties.tokenization_method.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs50 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.security_code_check !== undefined){
const _errs52 = errors;
if(typeof data2.security_code_check !== "boolean"){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/security_code_check",schemaPath:"#/components/schemas/Card/properties/security_code_check/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs52 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.created_at !== undefined){
let data26 = data2.created_at;
const _errs54 = errors;
if(errors === _errs54){
if(errors === _errs54){
if(typeof data26 === "string"){
if(!(formats0.validate(data26))){
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/created_at",schemaPath:"#/components/schemas/Card/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/data/" + i0+"/created_at",schemaPath:"#/components/schemas/Card/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid3 = _errs54 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/data/" + i0,schemaPath:"#/components/schemas/Card/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data27 = data.limit;
const _errs56 = errors;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
validate24.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs56){
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 100 || isNaN(data27)){
validate24.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"}];
return false;
}
else {
if(data27 < 1 || isNaN(data27)){
validate24.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs56 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.offset !== undefined){
let data28 = data.offset;
const _errs58 = errors;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
validate24.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs58){
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
validate24.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs58 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.total !== undefined){
let data29 = data.total;
const _errs60 = errors;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
validate24.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs60){
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
validate24.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs60 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order !== undefined){
let data30 = data.order;
const _errs62 = errors;
const _errs63 = errors;
let valid4 = false;
let passing0 = null;
const _errs64 = errors;
if(typeof data30 !== "string"){
const err0 = {instancePath:instancePath+"/order",schemaPath:"#/components/schemas/ListOrder/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data30 === "chronological") || (data30 === "reverse_chronological"))){
const err1 = {instancePath:instancePath+"/order",schemaPath:"#/components/schemas/ListOrder/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs64 === errors;
if(_valid0){
valid4 = true;
passing0 = 0;
}
const _errs67 = errors;
if(data30 !== null){
const err2 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs67 === errors;
if(_valid0 && valid4){
valid4 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid4 = true;
passing0 = 1;
}
}
if(!valid4){
const err3 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate24.errors = vErrors;
return false;
}
else {
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.location !== undefined){
let data31 = data.location;
const _errs69 = errors;
if(errors === _errs69){
if(typeof data31 === "string"){
if(!pattern11.test(data31)){
validate24.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/pattern",keyword:"pattern",params:{pattern: "^/customers/cust(_test)?_[0-9a-z]+/cards$"},message:"must match pattern \""+"^/customers/cust(_test)?_[0-9a-z]+/cards$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs69 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.from !== undefined){
let data32 = data.from;
const _errs71 = errors;
if(errors === _errs71){
if(errors === _errs71){
if(typeof data32 === "string"){
if(!(formats0.validate(data32))){
validate24.errors = [{instancePath:instancePath+"/from",schemaPath:"#/properties/from/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs71 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.to !== undefined){
let data33 = data.to;
const _errs73 = errors;
if(errors === _errs73){
if(errors === _errs73){
if(typeof data33 === "string"){
if(!(formats0.validate(data33))){
validate24.errors = [{instancePath:instancePath+"/to",schemaPath:"#/properties/to/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs73 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"object":true,"data":true,"limit":true,"offset":true,"total":true,"order":true,"location":true,"from":true,"to":true},"dynamicProps":false,"dynamicItems":false};

export const validateCard = validate25;

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((((((((((((((data.object === undefined) && (missing0 = "object")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.livemode === undefined) && (missing0 = "livemode"))) || ((data.location === undefined) && (missing0 = "location"))) || ((data.deleted === undefined) && (missing0 = "deleted"))) || ((data.brand === undefined) && (missing0 = "brand"))) || ((data.last_digits === undefined) && (missing0 = "last_digits"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.expiration_month === undefined) && (missing0 = "expiration_month"))) || ((data.expiration_year === undefined) && (missing0 = "expiration_year"))) || ((data.bank === undefined) && (missing0 = "bank"))) || ((data.country === undefined) && (missing0 = "country"))) || ((data.city === undefined) && (missing0 = "city"))) || ((data.postal_code === undefined) && (missing0 = "postal_code"))) || ((data.state === undefined) && (missing0 = "state"))) || ((data.street1 === undefined) && (missing0 = "street1"))) || ((data.street2 === undefined) && (missing0 = "street2"))) || ((data.phone_number === undefined) && (missing0 = "phone_number"))) || ((data.financing === undefined) && (missing0 = "financing"))) || ((data.fingerprint === undefined) && (missing0 = "fingerprint"))) || ((data.security_code_check === undefined) && (missing0 = "security_code_check"))) || ((data.created_at === undefined) && (missing0 = "created_at"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.object !== undefined){
let data0 = data.object;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate25.errors = [{instancePath:instancePath+"/object",schemaPath:"#/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("card" !== data0){
validate25.errors = [{instancePath:instancePath+"/object",schemaPath:"#/properties/object/const",keyword:"const",params:{allowedValue: "card"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
validate25.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^card(_test)?_[0-9a-z]+$"},message:"must match pattern \""+"^card(_test)?_[0-9a-z]+$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.livemode !== undefined){
const _errs5 = errors;
if(typeof data.livemode !== "boolean"){
validate25.errors = [{instancePath:instancePath+"/livemode",schemaPath:"#/properties/livemode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.location !== undefined){
let data3 = data.location;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(!pattern7.test(data3)){
validate25.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/pattern",keyword:"pattern",params:{pattern: "^/customers/cust(_test)?_[0-9a-z]+/cards/card(_test)?_[0-9a-z]+$"},message:"must match pattern \""+"^/customers/cust(_test)?_[0-9a-z]+/cards/card(_test)?_[0-9a-z]+$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deleted !== undefined){
const _errs9 = errors;
if(typeof data.deleted !== "boolean"){
validate25.errors = [{instancePath:instancePath+"/deleted",schemaPath:"#/properties/deleted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.brand !== undefined){
let data5 = data.brand;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data5 === "string"){
if(data5.length < 1){
validate25.errors = [{instancePath:instancePath+"/brand",schemaPath:"#/properties/brand/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/brand",schemaPath:"#/properties/brand/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.last_digits !== undefined){
let data6 = data.last_digits;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data6 === "string"){
if(!pattern8.test(data6)){
validate25.errors = [{instancePath:instancePath+"/last_digits",schemaPath:"#/properties/last_digits/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{4}$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/last_digits",schemaPath:"#/properties/last_digits/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.first_digits !== undefined){
let data7 = data.first_digits;
const _errs15 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate25.errors = [{instancePath:instancePath+"/first_digits",schemaPath:"#/properties/first_digits/type",keyword:"type",params:{type: schema36.properties.first_digits.type},message:"must be string,null"}];
return false;
}
if(errors === _errs15){
if(typeof data7 === "string"){
if(!pattern9.test(data7)){
validate25.errors = [{instancePath:instancePath+"/first_digits",schemaPath:"#/properties/first_digits/pattern",keyword:"pattern",params:{pattern: "^[0-9]{6,8}$"},message:"must match pattern \""+"^[0-9]{6,8}$"+"\""}];
return false;
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs17 = errors;
if(typeof data.name !== "string"){
validate25.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expiration_month !== undefined){
let data9 = data.expiration_month;
const _errs19 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate25.errors = [{instancePath:instancePath+"/expiration_month",schemaPath:"#/properties/expiration_month/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs19){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 12 || isNaN(data9)){
validate25.errors = [{instancePath:instancePath+"/expiration_month",schemaPath:"#/properties/expiration_month/maximum",keyword:"maximum",params:{comparison: "<=", limit: 12},message:"must be <= 12"}];
return false;
}
else {
if(data9 < 1 || isNaN(data9)){
validate25.errors = [{instancePath:instancePath+"/expiration_month",schemaPath:"#/properties/expiration_month/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expiration_year !== undefined){
let data10 = data.expiration_year;
const _errs21 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate25.errors = [{instancePath:instancePath+"/expiration_year",schemaPath:"#/properties/expiration_year/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs21){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 9999 || isNaN(data10)){
validate25.errors = [{instancePath:instancePath+"/expiration_year",schemaPath:"#/properties/expiration_year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9999},message:"must be <= 9999"}];
return false;
}
else {
if(data10 < 1970 || isNaN(data10)){
validate25.errors = [{instancePath:instancePath+"/expiration_year",schemaPath:"#/properties/expiration_year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1970},message:"must be >= 1970"}];
return false;
}
}
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.bank !== undefined){
let data11 = data.bank;
const _errs23 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate25.errors = [{instancePath:instancePath+"/bank",schemaPath:"#/properties/bank/type",keyword:"type",params:{type: schema36.properties.bank.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.country !== undefined){
let data12 = data.country;
const _errs25 = errors;
if((typeof data12 !== "string") && (data12 !== null)){
validate25.errors = [{instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: schema36.properties.country.type},message:"must be string,null"}];
return false;
}
if(errors === _errs25){
if(typeof data12 === "string"){
if(!pattern10.test(data12)){
validate25.errors = [{instancePath:instancePath+"/country",schemaPath:"#/properties/country/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z]{2})?$"},message:"must match pattern \""+"^([A-Za-z]{2})?$"+"\""}];
return false;
}
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.city !== undefined){
let data13 = data.city;
const _errs27 = errors;
if((typeof data13 !== "string") && (data13 !== null)){
validate25.errors = [{instancePath:instancePath+"/city",schemaPath:"#/properties/city/type",keyword:"type",params:{type: schema36.properties.city.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.postal_code !== undefined){
let data14 = data.postal_code;
const _errs29 = errors;
if((typeof data14 !== "string") && (data14 !== null)){
validate25.errors = [{instancePath:instancePath+"/postal_code",schemaPath:"#/properties/postal_code/type",keyword:"type",params:{type: schema36.properties.postal_code.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data15 = data.state;
const _errs31 = errors;
if((typeof data15 !== "string") && (data15 !== null)){
validate25.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: schema36.properties.state.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.street1 !== undefined){
let data16 = data.street1;
const _errs33 = errors;
if((typeof data16 !== "string") && (data16 !== null)){
validate25.errors = [{instancePath:instancePath+"/street1",schemaPath:"#/properties/street1/type",keyword:"type",params:{type: schema36.properties.street1.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.street2 !== undefined){
let data17 = data.street2;
const _errs35 = errors;
if((typeof data17 !== "string") && (data17 !== null)){
validate25.errors = [{instancePath:instancePath+"/street2",schemaPath:"#/properties/street2/type",keyword:"type",params:{type: schema36.properties.street2.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.phone_number !== undefined){
let data18 = data.phone_number;
const _errs37 = errors;
if((typeof data18 !== "string") && (data18 !== null)){
validate25.errors = [{instancePath:instancePath+"/phone_number",schemaPath:"#/properties/phone_number/type",keyword:"type",params:{type: schema36.properties.phone_number.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.financing !== undefined){
let data19 = data.financing;
const _errs39 = errors;
if(typeof data19 !== "string"){
validate25.errors = [{instancePath:instancePath+"/financing",schemaPath:"#/properties/financing/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data19 === "credit") || (data19 === "debit")) || (data19 === "prepaid")) || (data19 === ""))){
validate25.errors = [{instancePath:instancePath+"/financing",schemaPath:"#/properties/financing/enum",keyword:"enum",params:{allowedValues: schema36.properties.financing.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fingerprint !== undefined){
let data20 = data.fingerprint;
const _errs41 = errors;
if(errors === _errs41){
if(typeof data20 === "string"){
if(data20.length < 1){
validate25.errors = [{instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/fingerprint",schemaPath:"#/properties/fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tokenization_method !== undefined){
let data21 = data.tokenization_method;
const _errs43 = errors;
if((typeof data21 !== "string") && (data21 !== null)){
validate25.errors = [{instancePath:instancePath+"/tokenization_method",schemaPath:"#/properties/tokenization_method/type",keyword:"type",params:{type: schema36.properties.tokenization_method.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.security_code_check !== undefined){
const _errs45 = errors;
if(typeof data.security_code_check !== "boolean"){
validate25.errors = [{instancePath:instancePath+"/security_code_check",schemaPath:"#/properties/security_code_check/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.created_at !== undefined){
let data23 = data.created_at;
const _errs47 = errors;
if(errors === _errs47){
if(errors === _errs47){
if(typeof data23 === "string"){
if(!(formats0.validate(data23))){
validate25.errors = [{instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"object":true,"id":true,"livemode":true,"location":true,"deleted":true,"brand":true,"last_digits":true,"first_digits":true,"name":true,"expiration_month":true,"expiration_year":true,"bank":true,"country":true,"city":true,"postal_code":true,"state":true,"street1":true,"street2":true,"phone_number":true,"financing":true,"fingerprint":true,"tokenization_method":true,"security_code_check":true,"created_at":true},"dynamicProps":false,"dynamicItems":false};

export const validateTransaction = validate26;
const schema39 = {"type":"object","required":["object","id","livemode","location","amount","currency","direction","key","origin","transferable_at","created_at"],"properties":{"object":{"type":"string","const":"transaction"},"id":{"type":"string","pattern":"^trxn(_test)?_[0-9a-z]+$"},"livemode":{"type":"boolean"},"location":{"type":"string","pattern":"^/transactions/trxn(_test)?_[0-9a-z]+$"},"amount":{"type":"integer","minimum":0},"currency":{"type":"string","pattern":"^[A-Za-z]{3}$"},"direction":{"type":"string","enum":["credit","debit"]},"key":{"type":"string","pattern":"^[a-z_]+(\\.[a-z_]+)*$"},"origin":{"type":"string","pattern":"^[a-z]{4}(_test)?_[0-9a-z]+$"},"transferable_at":{"type":"string","format":"date-time"},"created_at":{"type":"string","format":"date-time"}}};
const pattern18 = new RegExp("^/transactions/trxn(_test)?_[0-9a-z]+$", "u");
const pattern19 = new RegExp("^[A-Za-z]{3}$", "u");
const pattern20 = new RegExp("^[a-z_]+(\\.[a-z_]+)*$", "u");
const pattern21 = new RegExp("^[a-z]{4}(_test)?_[0-9a-z]+$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((data.object === undefined) && (missing0 = "object")) || ((data.id === undefined) && (missing0 = "id"))) || ((data.livemode === undefined) && (missing0 = "livemode"))) || ((data.location === undefined) && (missing0 = "location"))) || ((data.amount === undefined) && (missing0 = "amount"))) || ((data.currency === undefined) && (missing0 = "currency"))) || ((data.direction === undefined) && (missing0 = "direction"))) || ((data.key === undefined) && (missing0 = "key"))) || ((data.origin === undefined) && (missing0 = "origin"))) || ((data.transferable_at === undefined) && (missing0 = "transferable_at"))) || ((data.created_at === undefined) && (missing0 = "created_at"))){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.object !== undefined){
let data0 = data.object;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate26.errors = [{instancePath:instancePath+"/object",schemaPath:"#/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("transaction" !== data0){
validate26.errors = [{instancePath:instancePath+"/object",schemaPath:"#/properties/object/const",keyword:"const",params:{allowedValue: "transaction"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
validate26.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^trxn(_test)?_[0-9a-z]+$"},message:"must match pattern \""+"^trxn(_test)?_[0-9a-z]+$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.livemode !== undefined){
const _errs5 = errors;
if(typeof data.livemode !== "boolean"){
validate26.errors = [{instancePath:instancePath+"/livemode",schemaPath:"#/properties/livemode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.location !== undefined){
let data3 = data.location;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data3 === "string"){
if(!pattern18.test(data3)){
validate26.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/pattern",keyword:"pattern",params:{pattern: "^/transactions/trxn(_test)?_[0-9a-z]+$"},message:"must match pattern \""+"^/transactions/trxn(_test)?_[0-9a-z]+$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.amount !== undefined){
let data4 = data.amount;
const _errs9 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate26.errors = [{instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
validate26.errors = [{instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.currency !== undefined){
let data5 = data.currency;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data5 === "string"){
if(!pattern19.test(data5)){
validate26.errors = [{instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{3}$"},message:"must match pattern \""+"^[A-Za-z]{3}$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/currency",schemaPath:"#/properties/currency/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.direction !== undefined){
let data6 = data.direction;
const _errs13 = errors;
if(typeof data6 !== "string"){
validate26.errors = [{instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data6 === "credit") || (data6 === "debit"))){
validate26.errors = [{instancePath:instancePath+"/direction",schemaPath:"#/properties/direction/enum",keyword:"enum",params:{allowedValues: schema39.properties.direction.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.key !== undefined){
let data7 = data.key;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data7 === "string"){
if(!pattern20.test(data7)){
validate26.errors = [{instancePath:instancePath+"/key",schemaPath:"#/properties/key/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+(\\.[a-z_]+)*$"},message:"must match pattern \""+"^[a-z_]+(\\.[a-z_]+)*$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.origin !== undefined){
let data8 = data.origin;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data8 === "string"){
if(!pattern21.test(data8)){
validate26.errors = [{instancePath:instancePath+"/origin",schemaPath:"#/properties/origin/pattern",keyword:"pattern",params:{pattern: "^[a-z]{4}(_test)?_[0-9a-z]+$"},message:"must match pattern \""+"^[a-z]{4}(_test)?_[0-9a-z]+$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/origin",schemaPath:"#/properties/origin/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.transferable_at !== undefined){
let data9 = data.transferable_at;
const _errs19 = errors;
if(errors === _errs19){
if(errors === _errs19){
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
validate26.errors = [{instancePath:instancePath+"/transferable_at",schemaPath:"#/properties/transferable_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/transferable_at",schemaPath:"#/properties/transferable_at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.created_at !== undefined){
let data10 = data.created_at;
const _errs21 = errors;
if(errors === _errs21){
if(errors === _errs21){
if(typeof data10 === "string"){
if(!(formats0.validate(data10))){
validate26.errors = [{instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"object":true,"id":true,"livemode":true,"location":true,"amount":true,"currency":true,"direction":true,"key":true,"origin":true,"transferable_at":true,"created_at":true},"dynamicProps":false,"dynamicItems":false};

export const validateError = validate27;
const schema40 = {"type":"object","required":["object","location","code","message"],"properties":{"object":{"type":"string","const":"error"},"location":{"type":"string","format":"uri"},"code":{"type":"string"},"message":{"type":"string"}}};
const formats12 = formats.uri;

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.object === undefined) && (missing0 = "object")) || ((data.location === undefined) && (missing0 = "location"))) || ((data.code === undefined) && (missing0 = "code"))) || ((data.message === undefined) && (missing0 = "message"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.object !== undefined){
let data0 = data.object;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate27.errors = [{instancePath:instancePath+"/object",schemaPath:"#/properties/object/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("error" !== data0){
validate27.errors = [{instancePath:instancePath+"/object",schemaPath:"#/properties/object/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.location !== undefined){
let data1 = data.location;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data1 === "string"){
if(!(formats12.validate(data1))){
validate27.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code !== undefined){
const _errs5 = errors;
if(typeof data.code !== "string"){
validate27.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs7 = errors;
if(typeof data.message !== "string"){
validate27.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"object":true,"location":true,"code":true,"message":true},"dynamicProps":false,"dynamicItems":false};

/** Each schema's validator, by the schema's name. */
export const validators = {
  "CustomerId": validateCustomerId,
  "TransactionId": validateTransactionId,
  "ListOrder": validateListOrder,
  "CardList": validateCardList,
  "Card": validateCard,
  "Transaction": validateTransaction,
  "Error": validateError,
};
