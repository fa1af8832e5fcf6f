import{n as e,t}from"./rolldown-runtime-WkwZ5CU-.js";var n=t((e=>{var t=Symbol.for(`react.transitional.element`),n=Symbol.for(`react.portal`),r=Symbol.for(`react.fragment`),i=Symbol.for(`react.strict_mode`),a=Symbol.for(`react.profiler`),o=Symbol.for(`react.consumer`),s=Symbol.for(`react.context`),c=Symbol.for(`react.forward_ref`),l=Symbol.for(`react.suspense`),u=Symbol.for(`react.memo`),d=Symbol.for(`react.lazy`),f=Symbol.for(`react.activity`),p=Symbol.for(`react.view_transition`),m=Symbol.iterator;function h(e){return typeof e!=`object`||!e?null:(e=m&&e[m]||e[`@@iterator`],typeof e==`function`?e:null)}var g={isMounted:function(){return!1},enqueueForceUpdate:function(){},enqueueReplaceState:function(){},enqueueSetState:function(){}},_=Object.assign,v={};function y(e,t,n){this.props=e,this.context=t,this.refs=v,this.updater=n||g}y.prototype.isReactComponent={},y.prototype.setState=function(e,t){if(typeof e!=`object`&&typeof e!=`function`&&e!=null)throw Error(`takes an object of state variables to update or a function which returns an object of state variables.`);this.updater.enqueueSetState(this,e,t,`setState`)},y.prototype.forceUpdate=function(e){this.updater.enqueueForceUpdate(this,e,`forceUpdate`)};function b(){}b.prototype=y.prototype;function x(e,t,n){this.props=e,this.context=t,this.refs=v,this.updater=n||g}var S=x.prototype=new b;S.constructor=x,_(S,y.prototype),S.isPureReactComponent=!0;var C=Array.isArray;function w(){}var T={H:null,A:null,T:null,S:null},E=Object.prototype.hasOwnProperty;function D(e,n,r){var i=r.ref;return{$$typeof:t,type:e,key:n,ref:i===void 0?null:i,props:r}}function O(e,t){return D(e.type,t,e.props)}function k(e){return typeof e==`object`&&!!e&&e.$$typeof===t}function A(e){var t={"=":`=0`,":":`=2`};return`$`+e.replace(/[=:]/g,function(e){return t[e]})}var j=/\/+/g;function M(e,t){return typeof e==`object`&&e&&e.key!=null?A(``+e.key):t.toString(36)}function N(e){switch(e.status){case`fulfilled`:return e.value;case`rejected`:throw e.reason;default:switch(typeof e.status==`string`?e.then(w,w):(e.status=`pending`,e.then(function(t){e.status===`pending`&&(e.status=`fulfilled`,e.value=t)},function(t){e.status===`pending`&&(e.status=`rejected`,e.reason=t)})),e.status){case`fulfilled`:return e.value;case`rejected`:throw e.reason}}throw e}function P(e,r,i,a,o){var s=typeof e;(s===`undefined`||s===`boolean`)&&(e=null);var c=!1;if(e===null)c=!0;else switch(s){case`bigint`:case`string`:case`number`:c=!0;break;case`object`:switch(e.$$typeof){case t:case n:c=!0;break;case d:return c=e._init,P(c(e._payload),r,i,a,o)}}if(c)return o=o(e),c=a===``?`.`+M(e,0):a,C(o)?(i=``,c!=null&&(i=c.replace(j,`$&/`)+`/`),P(o,r,i,``,function(e){return e})):o!=null&&(k(o)&&(o=O(o,i+(o.key==null||e&&e.key===o.key?``:(``+o.key).replace(j,`$&/`)+`/`)+c)),r.push(o)),1;c=0;var l=a===``?`.`:a+`:`;if(C(e))for(var u=0;u<e.length;u++)a=e[u],s=l+M(a,u),c+=P(a,r,i,s,o);else if(u=h(e),typeof u==`function`)for(e=u.call(e),u=0;!(a=e.next()).done;)a=a.value,s=l+M(a,u++),c+=P(a,r,i,s,o);else if(s===`object`){if(typeof e.then==`function`)return P(N(e),r,i,a,o);throw r=String(e),Error(`Objects are not valid as a React child (found: `+(r===`[object Object]`?`object with keys {`+Object.keys(e).join(`, `)+`}`:r)+`). If you meant to render a collection of children, use an array instead.`)}return c}function F(e,t,n){if(e==null)return e;var r=[],i=0;return P(e,r,``,``,function(e){return t.call(n,e,i++)}),r}function ee(e){if(e._status===-1){var t=e._result,n=t();n.then(function(t){(e._status===0||e._status===-1)&&(e._status=1,e._result=t,n.status===void 0&&(n.status=`fulfilled`,n.value=t))},function(t){(e._status===0||e._status===-1)&&(e._status=2,e._result=t,n.status===void 0&&(n.status=`rejected`,n.reason=t))}),e._status===-1&&(e._status=0,e._result=n)}if(e._status===1)return e._result.default;throw e._result}var I=typeof reportError==`function`?reportError:function(e){if(typeof window==`object`&&typeof window.ErrorEvent==`function`){var t=new window.ErrorEvent(`error`,{bubbles:!0,cancelable:!0,message:typeof e==`object`&&e&&typeof e.message==`string`?String(e.message):String(e),error:e});if(!window.dispatchEvent(t))return}else if(typeof process==`object`&&typeof process.emit==`function`){process.emit(`uncaughtException`,e);return}console.error(e)};function L(e){var t=T.T,n={};n.types=t===null?null:t.types,T.T=n;try{var r=e(),i=T.S;i!==null&&i(n,r),typeof r==`object`&&r&&typeof r.then==`function`&&r.then(w,I)}catch(e){I(e)}finally{t!==null&&n.types!==null&&(t.types=n.types),T.T=t}}function R(e){var t=T.T;if(t!==null){var n=t.types;n===null?t.types=[e]:n.indexOf(e)===-1&&n.push(e)}else L(R.bind(null,e))}var te={map:F,forEach:function(e,t,n){F(e,function(){t.apply(this,arguments)},n)},count:function(e){var t=0;return F(e,function(){t++}),t},toArray:function(e){return F(e,function(e){return e})||[]},only:function(e){if(!k(e))throw Error(`React.Children.only expected to receive a single React element child.`);return e}};e.Activity=f,e.Children=te,e.Component=y,e.Fragment=r,e.Profiler=a,e.PureComponent=x,e.StrictMode=i,e.Suspense=l,e.ViewTransition=p,e.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE=T,e.__COMPILER_RUNTIME={__proto__:null,c:function(e){return T.H.useMemoCache(e)}},e.addTransitionType=R,e.cache=function(e){return function(){return e.apply(null,arguments)}},e.cacheSignal=function(){return null},e.cloneElement=function(e,t,n){if(e==null)throw Error(`The argument must be a React element, but you passed `+e+`.`);var r=_({},e.props),i=e.key;if(t!=null)for(a in t.key!==void 0&&(i=``+t.key),t)!E.call(t,a)||a===`key`||a===`__self`||a===`__source`||a===`ref`&&t.ref===void 0||(r[a]=t[a]);var a=arguments.length-2;if(a===1)r.children=n;else if(1<a){for(var o=Array(a),s=0;s<a;s++)o[s]=arguments[s+2];r.children=o}return D(e.type,i,r)},e.createContext=function(e){return e={$$typeof:s,_currentValue:e,_currentValue2:e,_threadCount:0,Provider:null,Consumer:null},e.Provider=e,e.Consumer={$$typeof:o,_context:e},e},e.createElement=function(e,t,n){var r,i={},a=null;if(t!=null)for(r in t.key!==void 0&&(a=``+t.key),t)E.call(t,r)&&r!==`key`&&r!==`__self`&&r!==`__source`&&(i[r]=t[r]);var o=arguments.length-2;if(o===1)i.children=n;else if(1<o){for(var s=Array(o),c=0;c<o;c++)s[c]=arguments[c+2];i.children=s}if(e&&e.defaultProps)for(r in o=e.defaultProps,o)i[r]===void 0&&(i[r]=o[r]);return D(e,a,i)},e.createRef=function(){return{current:null}},e.forwardRef=function(e){return{$$typeof:c,render:e}},e.isValidElement=k,e.lazy=function(e){return{$$typeof:d,_payload:{_status:-1,_result:e},_init:ee}},e.memo=function(e,t){return{$$typeof:u,type:e,compare:t===void 0?null:t}},e.startTransition=L,e.unstable_useCacheRefresh=function(){return T.H.useCacheRefresh()},e.use=function(e){return T.H.use(e)},e.useActionState=function(e,t,n){return T.H.useActionState(e,t,n)},e.useCallback=function(e,t){return T.H.useCallback(e,t)},e.useContext=function(e){return T.H.useContext(e)},e.useDebugValue=function(){},e.useDeferredValue=function(e,t){return T.H.useDeferredValue(e,t)},e.useEffect=function(e,t){return T.H.useEffect(e,t)},e.useEffectEvent=function(e){return T.H.useEffectEvent(e)},e.useId=function(){return T.H.useId()},e.useImperativeHandle=function(e,t,n){return T.H.useImperativeHandle(e,t,n)},e.useInsertionEffect=function(e,t){return T.H.useInsertionEffect(e,t)},e.useLayoutEffect=function(e,t){return T.H.useLayoutEffect(e,t)},e.useMemo=function(e,t){return T.H.useMemo(e,t)},e.useOptimistic=function(e,t){return T.H.useOptimistic(e,t)},e.useReducer=function(e,t,n){return T.H.useReducer(e,t,n)},e.useRef=function(e){return T.H.useRef(e)},e.useState=function(e){return T.H.useState(e)},e.useSyncExternalStore=function(e,t,n){return T.H.useSyncExternalStore(e,t,n)},e.useTransition=function(){return T.H.useTransition()},e.version=`19.3.1`})),r=t(((e,t)=>{t.exports=n()})),i=e(r()),a=e=>typeof e==`string`,o=()=>{let e,t,n=new Promise((n,r)=>{e=n,t=r});return n.resolve=e,n.reject=t,n},s=e=>e==null?``:String(e),c=e=>a(e)&&/^[A-Za-z0-9_@.-]{1,128}$/.test(e)&&!e.includes(`..`)&&![`__proto__`,`constructor`,`prototype`].includes(e),l=e=>e?.callbackApi??e?.constructor?.callbackApi,u=(e,t,n)=>{e.forEach(e=>{t[e]&&(n[e]=t[e])})},d=/###/g,f=e=>e&&e.includes(`###`)?e.replace(d,`.`):e,p=e=>!e||a(e),m=(e,t,n)=>{let r=a(t)?t.split(`.`):t,i=0;for(;i<r.length-1;){if(p(e))return{};let t=f(r[i]);!e[t]&&n&&(e[t]=new n),e=Object.prototype.hasOwnProperty.call(e,t)?e[t]:{},++i}return p(e)?{}:{obj:e,k:f(r[i])}},h=(e,t,n)=>{let{obj:r,k:i}=m(e,t,Object);if(r!==void 0||t.length===1){r[i]=n;return}let a=t[t.length-1],o=t.slice(0,t.length-1),s=m(e,o,Object);for(;s.obj===void 0&&o.length;)a=`${o[o.length-1]}.${a}`,o=o.slice(0,o.length-1),s=m(e,o,Object),s?.obj&&s.obj[`${s.k}.${a}`]!==void 0&&(s.obj=void 0);s.obj[`${s.k}.${a}`]=n},g=(e,t,n,r)=>{let{obj:i,k:a}=m(e,t,Object);i[a]=i[a]||[],i[a].push(n)},_=(e,t)=>{let{obj:n,k:r}=m(e,t);if(n&&Object.prototype.hasOwnProperty.call(n,r))return n[r]},v=(e,t,n)=>{let r=_(e,n);return r===void 0?_(t,n):r},y=(e,t,n)=>{for(let r in t)r!==`__proto__`&&r!==`constructor`&&(Object.prototype.hasOwnProperty.call(e,r)?a(e[r])||e[r]instanceof String||a(t[r])||t[r]instanceof String?n&&(e[r]=t[r]):y(e[r],t[r],n):e[r]=t[r]);return e},b=e=>e.replace(/[\-\[\]\/\{\}\(\)\*\+\?\.\\\^\$\|]/g,`\\$&`),x={"&":`&amp;`,"<":`&lt;`,">":`&gt;`,'"':`&quot;`,"'":`&#39;`,"/":`&#x2F;`},S=e=>a(e)?e.replace(/[&<>"'\/]/g,e=>x[e]):e,C=class{constructor(e){this.capacity=e,this.regExpMap=new Map,this.regExpQueue=[]}getRegExp(e){let t=this.regExpMap.get(e);if(t!==void 0)return t;let n=new RegExp(e);return this.regExpQueue.length===this.capacity&&this.regExpMap.delete(this.regExpQueue.shift()),this.regExpMap.set(e,n),this.regExpQueue.push(e),n}},w=[` `,`,`,`?`,`!`,`;`],T=new C(20),E=(e,t,n)=>{t||=``,n||=``;let r=w.filter(e=>!t.includes(e)&&!n.includes(e));if(r.length===0)return!0;let i=T.getRegExp(`(${r.map(e=>e===`?`?`\\?`:e).join(`|`)})`),a=!i.test(e);if(!a){let t=e.indexOf(n);t>0&&!i.test(e.substring(0,t))&&(a=!0)}return a},D=(e,t,n=`.`)=>{if(!e)return;if(e[t])return Object.prototype.hasOwnProperty.call(e,t)?e[t]:void 0;let r=t.split(n),i=e;for(let e=0;e<r.length;){if(!i||typeof i!=`object`)return;let t,a=``;for(let o=e;o<r.length;++o)if(o!==e&&(a+=n),a+=r[o],t=i[a],typeof t!=`function`&&a!==`__proto__`||Object.prototype.hasOwnProperty.call(i,a)||(t=void 0),t!==void 0){if([`string`,`number`,`boolean`].includes(typeof t)&&o<r.length-1)continue;e+=o-e+1;break}i=t}return i},O=e=>e?.replace(/_/g,`-`),k={type:`logger`,log(e){this.output(`log`,e)},warn(e){this.output(`warn`,e)},error(e){this.output(`error`,e)},output(e,t){console?.[e]?.apply?.(console,t)}},A=new class e{constructor(e,t={}){this.init(e,t)}init(e,t={}){this.prefix=t.prefix||`i18next:`,this.logger=e||k,this.options=t,this.debug=t.debug,this.seen=new Set}log(...e){return this.forward(e,`log`,``,!0)}warn(...e){return this.forward(e,`warn`,``,!0)}error(...e){return this.forward(e,`error`,``)}deprecate(...e){return this.forward(e,`warn`,`WARNING DEPRECATED: `,!0)}once(e,t,...n){return!this.debug||this.seen.has(e)||this.seen.size>=1e3?null:(this.seen.add(e),this[t](...n))}forward(e,t,n,r){return r&&!this.debug?null:(e=e.map(e=>a(e)?e.replace(/[\r\n\x00-\x1F\x7F]/g,` `):e),a(e[0])&&(e[0]=`${n}${this.prefix} ${e[0]}`),this.logger[t](e))}create(t){return new e(this.logger,{prefix:`${this.prefix}:${t}:`,...this.options})}clone(t){return t||=this.options,t.prefix=t.prefix||this.prefix,new e(this.logger,t)}},j=class{constructor(){this.observers={}}on(e,t){return e.split(` `).forEach(e=>{this.observers[e]||(this.observers[e]=new Map);let n=this.observers[e].get(t)||0;this.observers[e].set(t,n+1)}),this}off(e,t){(typeof e==`string`?e.split(` `):[e]).forEach(e=>{this.observers[e]&&(t?this.observers[e].delete(t):delete this.observers[e])})}once(e,t){let n=(...r)=>{t(...r),this.off(e,n)};return this.on(e,n),this}emit(e,...t){this.observers[e]&&Array.from(this.observers[e].entries()).forEach(([e,n])=>{for(let r=0;r<n;r++)e(...t)}),this.observers[`*`]&&Array.from(this.observers[`*`].entries()).forEach(([n,r])=>{for(let i=0;i<r;i++)n(e,...t)})}},M=new WeakSet,N=class extends j{constructor(e,t={ns:[`translation`],defaultNS:`translation`}){super(),this.data=e||{},this.options=t,this.logger=A.create(`resourceStore`),this.options.keySeparator===void 0&&(this.options.keySeparator=`.`),this.options.ignoreJSONStructure===void 0&&(this.options.ignoreJSONStructure=!0)}addNamespaces(e){this.options.ns.includes(e)||this.options.ns.push(e)}removeNamespaces(e){let t=this.options.ns.indexOf(e);t>-1&&this.options.ns.splice(t,1)}deprecateDottedLng(e){this.logger.once(e,`deprecate`,`${e}: a dotted language ('en.translation.key') that carries the namespace and key is removed in v27; pass language, namespace and key as separate arguments`)}getResource(e,t,n,r={}){let i=r.keySeparator===void 0?this.options.keySeparator:r.keySeparator,o=r.ignoreJSONStructure===void 0?this.options.ignoreJSONStructure:r.ignoreJSONStructure,s;e.includes(`.`)?(this.deprecateDottedLng(`getResource`),s=e.split(`.`)):(s=[e,t],n&&(Array.isArray(n)?s.push(...n):a(n)&&i?s.push(...n.split(i)):s.push(n)));let c=_(this.data,s);return c==null&&!t&&!n&&e.includes(`.`)&&(e=s[0],t=s[1],n=s.slice(2).join(`.`)),c!=null||!o||!a(n)?c:D(this.data?.[e]?.[t],n,i)}addResource(e,t,n,r,i={silent:!1}){let a=i.keySeparator===void 0?this.options.keySeparator:i.keySeparator,o=[e,t];n&&(o=o.concat(a?n.split(a):n)),e.includes(`.`)&&(this.deprecateDottedLng(`addResource`),o=e.split(`.`),r=t,t=o[1]),this.addNamespaces(t),h(this.data,o,r),i.silent||this.emit(`added`,e,t,n,r)}addResources(e,t,n,r={silent:!1}){for(let r in n)(a(n[r])||Array.isArray(n[r]))&&this.addResource(e,t,r,n[r],{silent:!0});r.silent||this.emit(`added`,e,t,n)}addResourceBundle(e,t,n,r,i,a={silent:!1,skipCopy:!1}){let o=[e,t];e.includes(`.`)&&(this.deprecateDottedLng(`addResourceBundle`),o=e.split(`.`),r=n,n=t,t=o[1]),this.addNamespaces(t);let s=_(this.data,o)||{};a.skipCopy||(n=JSON.parse(JSON.stringify(n))),r?y(s,n,i):s={...s,...n},h(this.data,o,s),a.silent||this.emit(`added`,e,t,n)}removeResourceBundle(e,t){this.hasResourceBundle(e,t)&&delete this.data[e][t],this.removeNamespaces(t),this.emit(`removed`,e,t)}hasResourceBundle(e,t){return this.getResource(e,t)!==void 0}getResourceBundle(e,t){return t||=this.options.defaultNS,this.getResource(e,t)}getDataByLanguage(e){return this.data[e]}hasLanguageSomeTranslations(e){let t=this.getDataByLanguage(e);return!!(t&&Object.keys(t)||[]).find(e=>{let n=t[e];return M.has(n)?!0:!n||Object.keys(n).length===0?!1:(typeof n==`object`&&M.add(n),!0)})}toJSON(){return this.data}},P={processors:{},addPostProcessor(e){this.processors[e.name]=e},handle(e,t,n,r,i){return e.forEach(e=>{t=this.processors[e]?.process(t,n,r,i)??t}),t}},F=Symbol(`i18next/PATH_KEY`);function ee(){let e=[],t=Object.create(null),n;return t.get=(r,i)=>(n?.revoke?.(),i===F?e:(e.push(i),n=Proxy.revocable(r,t),n.proxy)),Proxy.revocable(Object.create(null),t).proxy}function I(e,t){let{[F]:n}=e(ee()),r=t?.keySeparator??`.`,i=t?.nsSeparator??`:`,a=t?.enableSelector===`strict`;if(n.length>1&&i){let e=t?.ns,o=a?Array.isArray(e)?e:e?[e]:null:Array.isArray(e)?e:null;if(o&&(a?o:o.length>1?o.slice(1):[]).includes(n[0]))return`${n[0]}${i}${n.slice(1).join(r)}`}return n.join(r)}var L=e=>!a(e)&&typeof e!=`boolean`&&typeof e!=`number`,R=class e extends j{constructor(e,t={}){super(),u([`resourceStore`,`languageUtils`,`pluralResolver`,`interpolator`,`backendConnector`,`i18nFormat`,`utils`,`ownPostProcessors`],e,this),this.options=t,this.options.keySeparator===void 0&&(this.options.keySeparator=`.`),this.logger=A.create(`translator`),this.checkedLoadedFor={}}changeLanguage(e){e&&(this.language=e)}exists(e,t={interpolation:{}}){let n={...t};if(e==null)return!1;let r=this.resolve(e,n);if(r?.res===void 0)return!1;let i=L(r.res);return!(n.returnObjects===!1&&i)}extractFromKey(e,t){let n=t.nsSeparator===void 0?this.options.nsSeparator:t.nsSeparator;n===void 0&&(n=`:`);let r=t.keySeparator===void 0?this.options.keySeparator:t.keySeparator,i=t.ns||this.options.defaultNS||[],o=n&&e.includes(n),s=!this.options.userDefinedKeySeparator&&!t.keySeparator&&!this.options.userDefinedNsSeparator&&!t.nsSeparator&&!E(e,n,r);if(o&&!s){let t=e.match(this.interpolator.nestingRegexp);if(t&&t.length>0)return{key:e,namespaces:a(i)?[i]:i};let o=e.split(n);(n!==r||n===r&&this.options.ns.includes(o[0]))&&(i=o.shift()),e=o.join(r)}return{key:e,namespaces:a(i)?[i]:i}}translate(t,n,r){let i=typeof n==`object`?{...n}:n;if(typeof i!=`object`&&this.options.overloadTranslationOptionHandler&&(i=this.options.overloadTranslationOptionHandler(arguments)),typeof i==`object`&&(i={...i}),i||={},t==null)return``;typeof t==`function`&&(t=I(t,{...this.options,...i})),Array.isArray(t)||(t=[String(t)]),t=t.map(e=>typeof e==`function`?I(e,{...this.options,...i}):String(e));let o=i.returnDetails===void 0?this.options.returnDetails:i.returnDetails,s=i.keySeparator===void 0?this.options.keySeparator:i.keySeparator,{key:c,namespaces:l}=this.extractFromKey(t[t.length-1],i),u=l[l.length-1],d=i.nsSeparator===void 0?this.options.nsSeparator:i.nsSeparator;d===void 0&&(d=`:`);let f=i.lng||this.language,p=i.appendNamespaceToCIMode||this.options.appendNamespaceToCIMode;if(f?.toLowerCase()===`cimode`)return p?o?{res:`${u}${d}${c}`,usedKey:c,exactUsedKey:c,usedLng:f,usedNS:u,usedParams:this.getUsedParamsDetails(i)}:`${u}${d}${c}`:o?{res:c,usedKey:c,exactUsedKey:c,usedLng:f,usedNS:u,usedParams:this.getUsedParamsDetails(i)}:c;let m=this.resolve(t,i),h=m?.res,g=m?.usedKey||c,_=m?.exactUsedKey||c,v=[`[object Number]`,`[object Function]`,`[object RegExp]`],y=i.joinArrays===void 0?this.options.joinArrays:i.joinArrays,b=!this.i18nFormat||this.i18nFormat.handleAsObject,x=i.count!==void 0&&!a(i.count),S=e.hasDefaultValue(i),C=x?this.pluralResolver.getSuffix(f,i.count,i):``,w=i.ordinal&&x?this.pluralResolver.getSuffix(f,i.count,{ordinal:!1}):``,T=x&&!i.ordinal&&i.count===0,E=T&&i[`defaultValue${this.options.pluralSeparator}zero`]||i[`defaultValue${C}`]||i[`defaultValue${w}`]||i.defaultValue,D=h;b&&!h&&S&&(D=E);let O=L(D),k=Object.prototype.toString.apply(D);if(b&&D&&O&&!v.includes(k)&&!(a(y)&&Array.isArray(D))){if(!i.returnObjects&&!this.options.returnObjects){this.options.returnedObjectHandler||(this.logger.warn(`accessing an object - but returnObjects options is not enabled!`),this.logger.once(`returnedObject`,`deprecate`,`accessing an object without returnObjects returns a sentence about it today; from v27 t() returns the key, as for a missing key (returnedObjectHandler can keep today's text)`));let e=this.options.returnedObjectHandler?this.options.returnedObjectHandler(g,D,{...i,ns:l}):`key '${c} (${this.language})' returned an object instead of string.`;return o?(m.res=e,m.usedParams=this.getUsedParamsDetails(i),m):e}if(s){let e=Array.isArray(D),t=e?[]:{},n=e?_:g;for(let e in D)if(Object.prototype.hasOwnProperty.call(D,e)){let r=`${n}${s}${e}`;t[e]=S&&!h?this.translate(r,{...i,defaultValue:L(E)?E[e]:void 0,joinArrays:!1,ns:l}):this.translate(r,{...i,joinArrays:!1,ns:l}),t[e]===r&&(t[e]=D[e])}h=t}}else if(b&&a(y)&&Array.isArray(h))h=h.join(y),h&&=this.extendTranslation(h,t,i,m,r);else{let e=!1,n=!1;!this.isValidLookup(h)&&S&&(e=!0,h=E),this.isValidLookup(h)||(n=!0,h=c);let a=(i.missingKeyNoValueFallbackToKey||this.options.missingKeyNoValueFallbackToKey)&&n?void 0:h,o=S&&E!==h&&this.options.updateMissing;if(n||e||o){if(this.logger.log(o?`updateKey`:`missingKey`,f,u,x&&!o?`${c}${this.pluralResolver.getSuffix(f,i.count,i)}`:c,o?E:h),s){let e=this.resolve(c,{...i,keySeparator:!1});e&&e.res&&this.logger.warn(`Seems the loaded translations were in flat JSON format instead of nested. Either set keySeparator: false on init or make sure your translations are published in nested format.`)}let e=[],t=this.languageUtils.getFallbackCodes(this.options.fallbackLng,i.lng||this.language);if(this.options.saveMissingTo===`fallback`&&t&&t[0])for(let n=0;n<t.length;n++)e.push(t[n]);else this.options.saveMissingTo===`all`?e=this.languageUtils.toResolveHierarchy(i.lng||this.language):e.push(i.lng||this.language);let n=(e,t,n)=>{let r=S&&n!==h?n:a;this.options.missingKeyHandler?this.options.missingKeyHandler(e,u,t,r,o,i):this.backendConnector?.saveMissing&&this.backendConnector.saveMissing(e,u,t,r,o,i,void 0,this.utils?.hasLoadedNamespace),this.emit(`missingKey`,e,u,t,h)};this.options.saveMissing&&(this.options.saveMissingPlurals&&x?e.forEach(e=>{let t=this.pluralResolver.getSuffixes(e,i);T&&i[`defaultValue${this.options.pluralSeparator}zero`]&&!t.includes(`${this.options.pluralSeparator}zero`)&&t.push(`${this.options.pluralSeparator}zero`),t.forEach(t=>{n([e],c+t,i[`defaultValue${t}`]||E)})}):n(e,c,E))}h=this.extendTranslation(h,t,i,m,r),n&&h===c&&this.options.appendNamespaceToMissingKey&&(h=`${u}${d}${c}`),(n||e)&&this.options.parseMissingKeyHandler&&(h=this.options.parseMissingKeyHandler(this.options.appendNamespaceToMissingKey?`${u}${d}${c}`:c,e?h:void 0,i))}return o?(m.res=h,m.usedParams=this.getUsedParamsDetails(i),m):h}extendTranslation(e,t,n,r,i){if(this.i18nFormat?.parse)e=this.i18nFormat.parse(e,{...this.options.interpolation.defaultVariables,...n},n.lng||this.language||r.usedLng,r.usedNS,r.usedKey,{resolved:r});else if(!n.skipInterpolation){n.interpolation&&this.interpolator.init({...n,interpolation:{...this.options.interpolation,...n.interpolation}});let o=a(e)&&(n?.interpolation?.skipOnVariables===void 0?this.options.interpolation.skipOnVariables:n.interpolation.skipOnVariables),s;if(o){let t=e.match(this.interpolator.nestingRegexp);s=t&&t.length}let c=n.replace&&!a(n.replace)?n.replace:n;if(this.options.interpolation.defaultVariables&&(c={...this.options.interpolation.defaultVariables,...c}),e=this.interpolator.interpolate(e,c,n.lng||this.language||r.usedLng,n),o){let t=e.match(this.interpolator.nestingRegexp),r=t&&t.length;s<r&&(n.nest=!1)}!n.lng&&r&&r.res&&(n.lng=this.language||r.usedLng),n.nest!==!1&&(e=this.interpolator.nest(e,(...e)=>i?.[0]===e[0]&&!n.context?(this.logger.warn(`It seems you are nesting recursively key: ${e[0]} in key: ${t[0]}`),null):this.translate(...e,t),n)),n.interpolation&&this.interpolator.reset()}let o=n.postProcess||this.options.postProcess,s=a(o)?[o]:o;return e!=null&&s?.length&&n.applyPostProcessor!==!1&&(s.forEach(e=>{this.logger.debug&&P.processors[e]&&this.ownPostProcessors&&!this.ownPostProcessors.has(e)&&this.logger.once(e,`deprecate`,`postProcess: '${e}' was registered with use() on another i18next instance; from v27 post-processors are per instance, so call use() with it on this instance too`)}),e=P.handle(s,e,t,this.options&&this.options.postProcessPassResolved?{i18nResolved:{...r,usedParams:this.getUsedParamsDetails(n)},...n}:n,this)),e}resolve(e,t={}){let n,r,i,o,s;return a(e)&&(e=[e]),Array.isArray(e)&&(e=e.map(e=>typeof e==`function`?I(e,{...this.options,...t}):e)),e.forEach(e=>{if(this.isValidLookup(n))return;let c=this.extractFromKey(e,t),l=c.key;r=l;let u=c.namespaces;this.options.fallbackNS&&(u=u.concat(this.options.fallbackNS));let d=t.count!==void 0&&!a(t.count),f=d&&!t.ordinal&&t.count===0,p=t.context!==void 0&&(a(t.context)||typeof t.context==`number`)&&t.context!==``,m=t.lngs?t.lngs:this.languageUtils.toResolveHierarchy(t.lng||this.language,t.fallbackLng);u.forEach(e=>{this.isValidLookup(n)||(s=e,!this.checkedLoadedFor[`${m[0]}-${e}`]&&this.utils?.hasLoadedNamespace&&!this.utils?.hasLoadedNamespace(s)&&(this.checkedLoadedFor[`${m[0]}-${e}`]=!0,this.logger.warn(`key "${r}" for languages "${m.join(`, `)}" won't get resolved as namespace "${s}" was not yet loaded`,`This means something IS WRONG in your setup. You access the t function before i18next.init / i18next.loadNamespace / i18next.changeLanguage was done. Wait for the callback or Promise to resolve before accessing it!!!`)),m.forEach(r=>{if(this.isValidLookup(n))return;o=r;let a=[l];if(this.i18nFormat?.addLookupKeys)this.i18nFormat.addLookupKeys(a,l,r,e,t);else{let e;d&&(e=this.pluralResolver.getSuffix(r,t.count,t));let n=`${this.options.pluralSeparator}zero`,i=`${this.options.pluralSeparator}ordinal${this.options.pluralSeparator}`;if(d&&(t.ordinal&&e.startsWith(i)&&a.push(l+e.replace(i,this.options.pluralSeparator)),a.push(l+e),f&&a.push(l+n)),p){let r=`${l}${this.options.contextSeparator||`_`}${t.context}`;a.push(r),d&&(t.ordinal&&e.startsWith(i)&&a.push(r+e.replace(i,this.options.pluralSeparator)),a.push(r+e),f&&a.push(r+n))}}let s;for(;s=a.pop();)this.isValidLookup(n)||(i=s,n=this.getResource(r,e,s,t))}))})}),{res:n,usedKey:r,exactUsedKey:i,usedLng:o,usedNS:s}}isValidLookup(e){return e!==void 0&&!(!this.options.returnNull&&e===null)&&!(!this.options.returnEmptyString&&e===``)}getResource(e,t,n,r={}){return this.i18nFormat?.getResource?this.i18nFormat.getResource(e,t,n,r):this.resourceStore.getResource(e,t,n,r)}getUsedParamsDetails(e={}){let t=[`defaultValue`,`ordinal`,`context`,`replace`,`lng`,`lngs`,`fallbackLng`,`ns`,`keySeparator`,`nsSeparator`,`returnObjects`,`returnDetails`,`joinArrays`,`postProcess`,`interpolation`],n=e.replace&&!a(e.replace),r=n?e.replace:e;if(n&&e.count!==void 0&&(r={...r,count:e.count}),this.options.interpolation.defaultVariables&&(r={...this.options.interpolation.defaultVariables,...r}),!n){r={...r};for(let e of t)delete r[e]}return r}static hasDefaultValue(e){for(let t in e)if(Object.prototype.hasOwnProperty.call(e,t)&&t.startsWith(`defaultValue`)&&e[t]!==void 0)return!0;return!1}},te=class{constructor(e){this.options=e,this.supportedLngs=this.options.supportedLngs||!1,this.logger=A.create(`languageUtils`),this.resolveHierarchyCache={}}clearCache(){this.resolveHierarchyCache={}}getScriptPartFromCode(e){if(e=O(e),!e||!e.includes(`-`))return null;let t=e.split(`-`);return t.length===2||(t.pop(),t[t.length-1].toLowerCase()===`x`)?null:this.formatLanguageCode(t.join(`-`))}getLanguagePartFromCode(e){if(e=O(e),!e||!e.includes(`-`))return e;let t=e.split(`-`);return this.formatLanguageCode(t[0])}formatLanguageCode(e){if(a(e)&&e.includes(`-`)){let t;try{t=Intl.getCanonicalLocales(e)[0]}catch{}return t&&this.options.lowerCaseLng&&(t=t.toLowerCase()),t||(this.options.lowerCaseLng?e.toLowerCase():e)}let t=this.options.cleanCode||this.options.lowerCaseLng?e.toLowerCase():e;return this.logger.debug&&a(e)&&this.deprecateBareCode(e,t),t}deprecateBareCode(e,t){let n;try{n=Intl.getCanonicalLocales(e)[0]}catch{return}let r=n.toLowerCase()===e.toLowerCase()?n:e.toLowerCase();this.options.lowerCaseLng&&(r=r.toLowerCase()),r!==t&&this.logger.once(e,`deprecate`,`language code '${e}' is used as '${t}'; i18next v27 gives it the canonical casing '${r}', use '${r}' in lng, fallbackLng, supportedLngs and the resources`)}isSupportedCode(e){return(this.options.load===`languageOnly`||this.options.nonExplicitSupportedLngs)&&(e=this.getLanguagePartFromCode(e)),!this.supportedLngs||!this.supportedLngs.length||this.supportedLngs.includes(e)}getBestMatchFromCodes(e){if(!e)return null;let t;return e.forEach(e=>{if(t)return;let n=this.formatLanguageCode(e);(!this.options.supportedLngs||this.isSupportedCode(n))&&(t=n)}),!t&&this.options.supportedLngs&&e.forEach(e=>{if(t)return;let n=this.getScriptPartFromCode(e);if(this.isSupportedCode(n))return t=n;let r=this.getLanguagePartFromCode(e);if(this.isSupportedCode(r))return t=r;t=this.options.supportedLngs.find(e=>e===r?!0:!e.includes(`-`)&&!r.includes(`-`)?!1:!(!e.includes(`-`)||r.includes(`-`)||e.slice(0,e.indexOf(`-`))!==r))}),t||=this.getFallbackCodes(this.options.fallbackLng)[0],t}getFallbackCodes(e,t){if(!e)return[];if(typeof e==`function`&&(e=e(t)),a(e)&&(e=[e]),Array.isArray(e))return e;if(!t)return e.default||[];let n=e[t];return n||=e[this.getScriptPartFromCode(t)],n||=e[this.formatLanguageCode(t)],n||=e[this.getLanguagePartFromCode(t)],n||=e.default,n||[]}toResolveHierarchy(e,t){let n=this.options.fallbackLng,r=Array.isArray(n)?n.join(`|`):n;r!==this._cachedFallbackLng&&(this.resolveHierarchyCache={},this._cachedFallbackLng=r);let i=t===void 0||t===!1||a(t),o=t===void 0&&typeof this.options.fallbackLng==`function`,s=a(e)&&i&&!o,c=null;if(s){let n;n=t===void 0?`undefined`:t===!1?`boolean:false`:`string:${t}`,c=`${e.length}:${e}|${n}`}if(c!==null){let e=this.resolveHierarchyCache[c];if(e!==void 0)return e.slice()}let l=this.getFallbackCodes((t===!1?[]:t)||this.options.fallbackLng||[],e),u=[],d=e=>{e&&(this.isSupportedCode(e)?u.push(e):this.logger.warn(`rejecting language code not found in supportedLngs: ${e}`))};return a(e)&&(e.includes(`-`)||e.includes(`_`))?(this.options.load!==`languageOnly`&&d(this.formatLanguageCode(e)),this.options.load!==`languageOnly`&&this.options.load!==`currentOnly`&&d(this.getScriptPartFromCode(e)),this.options.load!==`currentOnly`&&d(this.getLanguagePartFromCode(e))):a(e)&&d(this.formatLanguageCode(e)),l.forEach(e=>{let t=this.formatLanguageCode(e);u.includes(t)||d(t)}),c===null?u:(this.resolveHierarchyCache[c]=u,u.slice())}},ne={zero:0,one:1,two:2,few:3,many:4,other:5},re={select:e=>e===1?`one`:`other`,resolvedOptions:()=>({pluralCategories:[`one`,`other`]})},ie=class{constructor(e,t={}){this.languageUtils=e,this.options=t,this.logger=A.create(`pluralResolver`),this.pluralRulesCache={}}clearCache(){this.pluralRulesCache={}}getRule(e,t={}){let n=O(e===`dev`?`en`:e),r=t.ordinal?`ordinal`:`cardinal`,i=JSON.stringify({cleanedCode:n,type:r});if(i in this.pluralRulesCache)return this.pluralRulesCache[i];let a;try{a=new Intl.PluralRules(n,{type:r})}catch{if(typeof Intl>`u`)return this.logger.error(`No Intl support, please use an Intl polyfill!`),re;if(!e.match(/-|_/))return re;let n=this.languageUtils.getLanguagePartFromCode(e);a=this.getRule(n,t)}return this.pluralRulesCache[i]=a,a}needsPlural(e,t={}){let n=this.getRule(e,t);return n||=this.getRule(`dev`,t),n?.resolvedOptions().pluralCategories.length>1}getPluralFormsOfKey(e,t,n={}){return this.getSuffixes(e,n).map(e=>`${t}${e}`)}getSuffixes(e,t={}){let n=this.getRule(e,t);return n||=this.getRule(`dev`,t),n?n.resolvedOptions().pluralCategories.sort((e,t)=>ne[e]-ne[t]).map(e=>`${this.options.prepend}${t.ordinal?`ordinal${this.options.prepend}`:``}${e}`):[]}getSuffix(e,t,n={}){let r=this.getRule(e,n);return r?`${this.options.prepend}${n.ordinal?`ordinal${this.options.prepend}`:``}${r.select(t)}`:(this.logger.warn(`no plural rule found for: ${e}`),this.getSuffix(`dev`,t,n))}},ae=(e,t,n,r=`.`,i=!0)=>{let o=v(e,t,n);return o==null&&i&&a(n)&&(o=D(e,n,r),o===void 0&&(o=D(t,n,r))),o},oe=class{constructor(e={}){this.logger=A.create(`interpolator`),this.options=e,this.format=e?.interpolation?.format||(e=>e),this.init(e)}init(e={}){e.interpolation||={escapeValue:!0};let{escape:t,escapeValue:n,useRawValueToEscape:r,prefix:i,prefixEscaped:a,suffix:o,suffixEscaped:s,formatSeparator:c,unescapeSuffix:l,unescapePrefix:u,nestingPrefix:d,nestingPrefixEscaped:f,nestingSuffix:p,nestingSuffixEscaped:m,nestingOptionsSeparator:h,maxReplaces:g,alwaysFormat:_}=e.interpolation;if(a||s||f||m){let e=Object.entries({prefixEscaped:a,suffixEscaped:s,nestingPrefixEscaped:f,nestingSuffixEscaped:m}).filter(([,e])=>e).map(([e])=>e);this.logger.once(e.join(),`deprecate`,`interpolation.${e.join(`, interpolation.`)}: the regex-escaped delimiter options are removed in v27; pass the literal delimiters as prefix, suffix, nestingPrefix and nestingSuffix`)}this.escape=t===void 0?S:t,this.escapeValue=n===void 0||n,this.useRawValueToEscape=r!==void 0&&r,this.prefix=i?b(i):a||`{{`,this.suffix=o?b(o):s||`}}`,this.formatSeparator=c||`,`,this.unescapePrefix=l?``:u?b(u):`-`,this.unescapeSuffix=this.unescapePrefix?``:l?b(l):``,this.nestingPrefix=d?b(d):f||b(`$t(`),this.nestingSuffix=p?b(p):m||b(`)`),this.nestingOptionsSeparator=h||`,`,this.maxReplaces=g||1e3,this.alwaysFormat=_!==void 0&&_,this.resetRegExp()}reset(){this.options&&this.init(this.options)}resetRegExp(){let e=(e,t)=>e?.source===t?(e.lastIndex=0,e):new RegExp(t,`g`);this.regexp=e(this.regexp,`${this.prefix}(.+?)${this.suffix}`),this.regexpUnescape=e(this.regexpUnescape,`${this.prefix}${this.unescapePrefix}(.+?)${this.unescapeSuffix}${this.suffix}`),this.nestingRegexp=e(this.nestingRegexp,`${this.nestingPrefix}((?:[^()"']|"[^"]*"|'[^']*'|\\((?:[^()"']|"[^"]*"|'[^']*')*\\))*?)${this.nestingSuffix}`)}interpolate(e,t,n,r){let i,o,c,l=e,u=this.options&&this.options.interpolation&&this.options.interpolation.defaultVariables||{},d=e=>{if(!e.includes(this.formatSeparator)){let i=ae(t,u,e,this.options.keySeparator,this.options.ignoreJSONStructure);return this.alwaysFormat?this.format(i,void 0,n,{...r,...t,interpolationkey:e}):i}let i=e.split(this.formatSeparator),a=i.shift().trim(),o=i.join(this.formatSeparator).trim();return this.format(ae(t,u,a,this.options.keySeparator,this.options.ignoreJSONStructure),o,n,{...r,...t,interpolationkey:a})};this.resetRegExp(),!this.escapeValue&&typeof e==`string`&&/\$t\([^)]*\{[^}]*\{\{/.test(e)&&this.logger.warn(`nesting options string contains interpolated variables with escapeValue: false — if any of those values are attacker-controlled they can inject additional nesting options (e.g. redirect lng/ns). Sanitise untrusted input before passing it to t(), or keep escapeValue: true.`);let f=r?.missingInterpolationHandler||this.options.missingInterpolationHandler,p=r?.interpolation?.skipOnVariables===void 0?this.options.interpolation.skipOnVariables:r.interpolation.skipOnVariables,m=[{regex:this.regexpUnescape,safeValue:e=>e},{regex:this.regexp,safeValue:e=>this.escapeValue?(this.escape===S&&this.options?.interpolation?.escapeValue!==!1&&a(e)&&e.includes(`/`)&&this.logger.once(`/`,`deprecate`,`escapeValue renders '/' in a value as '&#x2F;' today; from v27 the default escape leaves '/' as it is`),this.escape(e)):e}],h=[],g=0;return m.forEach(t=>{for(c=0;i=t.regex.exec(e);){let n=i.index-g,u=h.find(([e,t])=>n>=e&&n<t);if(u){t.regex.lastIndex=u[1]+g;continue}let m=i[1].trim();if(o=d(m),o===void 0){if(typeof f==`function`){let t=f(e,i,r);o=a(t)?t:``}else if(r&&Object.prototype.hasOwnProperty.call(r,m))o=``;else if(p){this.logger.debug&&this.logger.once(`${l}\u0000${i[0]}`,`warn`,`missed to pass in variable ${m} for interpolating ${l}`),o=i[0];continue}else this.logger.warn(`missed to pass in variable ${m} for interpolating ${e}`),o=``}else!a(o)&&!this.useRawValueToEscape&&(o=s(o));let _=s(t.safeValue(o));if(e=e.slice(0,i.index)+_+e.slice(i.index+i[0].length),p?(t.regex===this.regexpUnescape?h.push([i.index,i.index+_.length]):g+=_.length-i[0].length,t.regex.lastIndex+=_.length,t.regex.lastIndex-=i[0].length):t.regex.lastIndex=0,c++,c>=this.maxReplaces)break}}),e}nest(e,t,n={}){let r,i,o,c=(e,t)=>{let n=this.nestingOptionsSeparator;if(!e.includes(n))return e;let r=e.split(RegExp(`${b(n)}[ ]*{`)),i=`{${r[1]}`;e=r[0],i=this.interpolate(i,o);let a=i.match(/'/g),s=i.match(/"/g);((a?.length??0)%2==0&&!s||(s?.length??0)%2!=0)&&(i=i.replace(/'/g,`"`));try{o=JSON.parse(i),t&&(o={...t,...o})}catch(t){return this.logger.warn(`failed parsing options string in nesting for key ${e}`,t),`${e}${n}${i}`}return o.defaultValue&&o.defaultValue.includes(this.prefix)&&delete o.defaultValue,e},l=new RegExp(this.nestingRegexp),u=``,d=0;for(;r=l.exec(e);){let f=[];o={...n},o=o.replace&&!a(o.replace)?o.replace:o,o.applyPostProcessor=!1,delete o.defaultValue;let p=/{.*}/s.test(r[1])?r[1].lastIndexOf(`}`)+1:r[1].indexOf(this.formatSeparator);if(p!==-1&&(f=r[1].slice(p).split(this.formatSeparator).map(e=>e.trim()).filter(Boolean),r[1]=r[1].slice(0,p)),i=t(c.call(this,r[1].trim(),o),o),i&&r[0]===e&&!a(i))return i;a(i)||(i=s(i)),i||=(this.logger.warn(`missed to resolve ${r[1]} for nesting ${e}`),``),f.length&&(i=f.reduce((e,t)=>this.format(e,t,n.lng,{...n,interpolationkey:r[1].trim()}),i.trim())),u+=e.slice(d,r.index)+s(i),d=l.lastIndex,this.regexp.lastIndex=0}return d?u+e.slice(d):e}},se=e=>{let t=e.toLowerCase().trim(),n={};if(e.includes(`(`)){let r=e.split(`(`);t=r[0].toLowerCase().trim();let i=r[1].slice(0,-1);t===`currency`&&!i.includes(`:`)?n.currency||=i.trim():t===`relativetime`&&!i.includes(`:`)?n.range||=i.trim():i.split(`;`).forEach(e=>{if(e){let[t,...r]=e.split(`:`),i=r.join(`:`).trim().replace(/^'+|'+$/g,``),a=t.trim();n[a]||(n[a]=i),i===`false`&&(n[a]=!1),i===`true`&&(n[a]=!0),isNaN(i)||(n[a]=parseInt(i,10))}})}return{formatName:t,formatOptions:n}},ce=e=>{let t={};return(n,r,i)=>{let a=i;i&&i.interpolationkey&&i.formatParams&&i.formatParams[i.interpolationkey]&&i[i.interpolationkey]&&(a={...a,[i.interpolationkey]:void 0});let o;try{o=r+JSON.stringify(a)}catch{return e(O(r),i)(n)}let s=t[o];return s||(s=e(O(r),i),t[o]=s),s(n)}},le=e=>(t,n,r)=>e(O(n),r)(t),ue=class{constructor(e={}){this.logger=A.create(`formatter`),this.options=e,this.init(e)}init(e,t={interpolation:{}}){this.formatSeparator=t.interpolation.formatSeparator||`,`;let n=t.cacheInBuiltFormats?ce:le;this.formats={number:n((e,t)=>{let n=new Intl.NumberFormat(e,{...t});return e=>n.format(e)}),currency:n((e,t)=>{let n=new Intl.NumberFormat(e,{...t,style:`currency`});return e=>n.format(e)}),datetime:n((e,t)=>{let n=new Intl.DateTimeFormat(e,{...t});return e=>n.format(e)}),relativetime:n((e,t)=>{let n=new Intl.RelativeTimeFormat(e,{...t});return e=>n.format(e,t.range||`day`)}),list:n((e,t)=>{let n=new Intl.ListFormat(e,{...t});return e=>n.format(e)})}}add(e,t){this.formats[e.toLowerCase().trim()]=t}addCached(e,t){this.formats[e.toLowerCase().trim()]=ce(t)}format(e,t,n,r={}){if(!t||e==null)return e;let i=t.split(this.formatSeparator),a=[];for(let e=0;e<i.length;e++){let t=i[e];for(;t.indexOf(`(`)>-1&&!t.includes(`)`)&&e+1<i.length;)t=`${t}${this.formatSeparator}${i[++e]}`;a.push(t)}return a.reduce((e,t)=>{let{formatName:i,formatOptions:a}=se(t);if(this.formats[i]){let t=e;try{let o=r?.formatParams?.[r.interpolationkey]||{},s=o.locale||o.lng||r.locale||r.lng||n;t=this.formats[i](e,s,{...a,...r,...o})}catch(e){this.logger.warn(e)}return t}return this.logger.warn(`there was no format function for ${i}`),e},e)}},de=(e,t)=>{e.pending[t]!==void 0&&(delete e.pending[t],e.pendingCount--)},fe=class extends j{constructor(e,t,n,r={}){super(),this.backend=e,this.store=t,this.services=n,this.languageUtils=n.languageUtils,this.options=r,this.logger=A.create(`backendConnector`),this.waitingReads=[],this.maxParallelReads=r.maxParallelReads||10,this.readingCalls=0,this.maxRetries=r.maxRetries>=0?r.maxRetries:5,this.retryTimeout=r.retryTimeout>=1?r.retryTimeout:350,this.state={},this.queue=[],this.backend?.init?.(n,r.backend,r),this.callbackApi=l(this.backend),this.backend&&this.callbackApi===void 0&&(this.backend.read||this.backend.create)&&this.logger.deprecate(`backend: set callbackApi to declare the calling convention (true: read(language, namespace, callback) and create(languages, namespace, key, fallbackValue, callback, options); false: both return a promise or a value); guessing it from the number of parameters is deprecated`)}queueLoad(e,t,n,r){let i={},a={},o={},s={};return e.forEach(e=>{let r=!0;t.forEach(t=>{let o=`${e}|${t}`;!n.reload&&this.store.hasResourceBundle(e,t)?this.state[o]=2:!n.reload&&this.state[o]<0||(this.state[o]===1?a[o]===void 0&&(a[o]=!0):(this.state[o]=1,r=!1,a[o]===void 0&&(a[o]=!0),i[o]===void 0&&(i[o]=!0),s[t]===void 0&&(s[t]=!0)))}),r||(o[e]=!0)}),(Object.keys(i).length||Object.keys(a).length)&&this.queue.push({pending:a,pendingCount:Object.keys(a).length,loaded:{},errors:[],callback:r}),{toLoad:Object.keys(i),pending:Object.keys(a),toLoadLanguages:Object.keys(o),toLoadNamespaces:Object.keys(s)}}loaded(e,t,n){let r=e.split(`|`),i=r[0],a=r[1];t&&this.emit(`failedLoading`,i,a,t),!t&&n&&this.store.addResourceBundle(i,a,n,void 0,void 0,{skipCopy:!0}),this.state[e]=t?-1:2,t&&n&&(this.state[e]=0);let o={};this.queue.forEach(n=>{g(n.loaded,[i],a),de(n,e),t&&n.errors.push(t),n.pendingCount===0&&!n.done&&(Object.keys(n.loaded).forEach(e=>{o[e]||(o[e]={});let t=n.loaded[e];t.length&&t.forEach(t=>{o[e][t]===void 0&&(o[e][t]=!0)})}),n.done=!0,n.errors.length?n.callback(n.errors):n.callback())}),this.emit(`loaded`,o),this.queue=this.queue.filter(e=>!e.done)}read(e,t,n,r=0,i=this.retryTimeout,a){if(!e.length)return a(null,{});if(this.readingCalls>=this.maxParallelReads){this.waitingReads.push({lng:e,ns:t,fcName:n,tried:r,wait:i,callback:a});return}this.readingCalls++;let o=(o,s)=>{if(this.readingCalls--,this.waitingReads.length>0){let e=this.waitingReads.shift();this.read(e.lng,e.ns,e.fcName,e.tried,e.wait,e.callback)}o&&s&&r<this.maxRetries?setTimeout(()=>{this.read(e,t,n,r+1,i*2,a)},i):a(o,s)},s=this.backend[n].bind(this.backend);if(this.callbackApi===!1||this.callbackApi===void 0&&s.length===2)try{let n=s(e,t);n&&typeof n.then==`function`?n.then(e=>o(null,e)).catch(o):o(null,n)}catch(e){o(e)}else return s(e,t,o)}prepareLoading(e,t,n={},r){if(!this.backend)return this.logger.warn(`No backend was added via i18next.use. Will not load resources.`),r&&r();a(e)&&(e=this.languageUtils.toResolveHierarchy(e)),a(t)&&(t=[t]);let i=this.queueLoad(e,t,n,r);if(!i.toLoad.length)return i.pending.length||r(),null;i.toLoad.forEach(e=>{this.loadOne(e)})}load(e,t,n){this.prepareLoading(e,t,{},n)}reload(e,t,n){this.prepareLoading(e,t,{reload:!0},n)}noticeDevFallback(e){e===`dev`&&this.devIsDefaultFallback&&this.logger.once(`dev`,`warn`,`language 'dev' is requested because fallbackLng is not set (its default is ['dev']); i18next v27 defaults to fallbackLng: false and loads and saves missing keys in the requested language instead. Set fallbackLng to your source language, or to 'dev' to keep this behavior`)}loadOne(e,t=``){let n=e.split(`|`),r=n[0],i=n[1];this.noticeDevFallback(r),this.read(r,i,`read`,void 0,void 0,(n,a)=>{n&&this.logger.warn(`${t}loading namespace ${i} for language ${r} failed`,n),!n&&a&&this.logger.log(`${t}loaded namespace ${i} for language ${r}`,a),this.loaded(e,n,a)})}saveMissing(e,t,n,r,i,a={},o=()=>{},s=this.newestCloneHasLoadedNamespace||this.services?.utils?.hasLoadedNamespace){if(s&&!s(t))this.logger.warn(`did not save key "${n}" as the namespace "${t}" was not yet loaded`,`This means something IS WRONG in your setup. You access the t function before i18next.init / i18next.loadNamespace / i18next.changeLanguage was done. Wait for the callback or Promise to resolve before accessing it!!!`);else if(n!=null&&n!==``){if(this.backend?.create){e?.forEach?.(e=>this.noticeDevFallback(e));let s={...a,isUpdate:i},c=this.backend.create.bind(this.backend);if(this.callbackApi===!1||this.callbackApi===void 0&&c.length<6)try{let i;i=this.callbackApi===!1||c.length===5?c(e,t,n,r,s):c(e,t,n,r),i&&typeof i.then==`function`?i.then(e=>o(null,e)).catch(o):o(null,i)}catch(e){o(e)}else c(e,t,n,r,o,s)}e&&e[0]&&this.store.addResource(e[0],t,n,r)}}},z=()=>({debug:!1,initAsync:!0,ns:[`translation`],defaultNS:[`translation`],fallbackLng:[`dev`],fallbackNS:!1,supportedLngs:!1,nonExplicitSupportedLngs:!1,load:`all`,preload:!1,keySeparator:`.`,nsSeparator:`:`,pluralSeparator:`_`,contextSeparator:`_`,enableSelector:!1,partialBundledLanguages:!1,saveMissing:!1,updateMissing:!1,saveMissingTo:`fallback`,saveMissingPlurals:!0,missingKeyHandler:!1,missingInterpolationHandler:!1,postProcess:!1,postProcessPassResolved:!1,returnNull:!1,returnEmptyString:!0,returnObjects:!1,joinArrays:!1,returnedObjectHandler:!1,parseMissingKeyHandler:!1,appendNamespaceToMissingKey:!1,appendNamespaceToCIMode:!1,overloadTranslationOptionHandler:e=>{let t={};if(typeof e[1]==`object`&&(t=e[1]),a(e[1])&&(t.defaultValue=e[1]),a(e[2])&&(t.tDescription=e[2]),typeof e[2]==`object`||typeof e[3]==`object`){let n=e[3]||e[2];Object.keys(n).forEach(e=>{t[e]=n[e]})}return t},interpolation:{escapeValue:!0,prefix:`{{`,suffix:`}}`,formatSeparator:`,`,unescapePrefix:`-`,nestingPrefix:`$t(`,nestingSuffix:`)`,nestingOptionsSeparator:`,`,maxReplaces:1e3,skipOnVariables:!0},cacheInBuiltFormats:!0}),pe=e=>(a(e.ns)&&(e.ns=[e.ns]),a(e.fallbackLng)&&(e.fallbackLng=[e.fallbackLng]),a(e.fallbackNS)&&(e.fallbackNS=[e.fallbackNS]),e.supportedLngs&&!e.supportedLngs.includes(`cimode`)&&(e.supportedLngs=e.supportedLngs.concat([`cimode`])),e),B=()=>{},V,me=e=>{Object.getOwnPropertyNames(Object.getPrototypeOf(e)).forEach(t=>{typeof e[t]==`function`&&(e[t]=e[t].bind(e))})},H=class e extends j{constructor(e={},t){if(super(),this.options=pe(e),this.services={ownPostProcessors:new Set},this.logger=A,this.modules={external:[]},me(this),t&&!this.isInitialized&&!e.isClone){if(!this.options.initAsync)return this.init(e,t),this;setTimeout(()=>{this.init(e,t)},0)}}init(e={},t){this.isInitializing=!0,typeof e==`function`&&(t=e,e={}),e.defaultNS==null&&e.ns&&(a(e.ns)?e.defaultNS=e.ns:e.ns.includes(`translation`)||(e.defaultNS=e.ns[0]));let n=e.fallbackLng===void 0&&this.options.fallbackLng===void 0,r=z();this.options={...r,...this.options,...pe(e)},this.options.interpolation={...r.interpolation,...this.options.interpolation},e.keySeparator!==void 0&&(this.options.userDefinedKeySeparator=e.keySeparator),e.nsSeparator!==void 0&&(this.options.userDefinedNsSeparator=e.nsSeparator),typeof this.options.overloadTranslationOptionHandler!=`function`&&(this.options.overloadTranslationOptionHandler=r.overloadTranslationOptionHandler);let i=e=>e?typeof e==`function`?new e:e:null;if(!this.options.isClone){V&&V!==this&&V.modules.logger!==this.modules.logger&&A.deprecate(`init: this init() replaces the logger another i18next instance set with use(), as the logger is shared in v26; from v27 each instance keeps its own logger`),V=this.modules.logger?this:void 0,this.modules.logger?A.init(i(this.modules.logger),this.options):A.init(null,this.options),this.pendingWarnings?.forEach(e=>this.logger.warn(e)),this.pendingWarnings=void 0;let e;e=this.modules.formatter?this.modules.formatter:ue;let t=new te(this.options);this.store=new N(this.options.resources,this.options);let r=this.services;r.logger=A,r.resourceStore=this.store,r.languageUtils=t,r.pluralResolver=new ie(t,{prepend:this.options.pluralSeparator}),e&&(r.formatter=i(e),r.formatter.init&&r.formatter.init(r,this.options),this.options.interpolation.format=r.formatter.format.bind(r.formatter)),r.interpolator=new oe(this.options),r.utils={hasLoadedNamespace:this.hasLoadedNamespace.bind(this),reloadResources:this.reloadResources.bind(this)},r.backendConnector=new fe(i(this.modules.backend),r.resourceStore,r,this.options),r.backendConnector.devIsDefaultFallback=n,r.backendConnector.on(`*`,(e,...t)=>{this.emit(e,...t)}),this.modules.languageDetector&&(r.languageDetector=i(this.modules.languageDetector),r.languageDetector.init&&r.languageDetector.init(r,this.options.detection,this.options),r.languageDetector.async&&l(r.languageDetector)===void 0&&this.logger.deprecate(`languageDetector: set callbackApi to declare how the async detect() answers (true: detect(callback); false: detect() returns a promise); guessing it from the number of parameters is deprecated`)),this.modules.i18nFormat&&(r.i18nFormat=i(this.modules.i18nFormat),r.i18nFormat.init&&r.i18nFormat.init(this)),this.translator=new R(this.services,this.options),this.translator.on(`*`,(e,...t)=>{this.emit(e,...t)}),this.modules.external.forEach(e=>{e.init&&e.init(this)})}if(this.format=this.options.interpolation.format,t||=B,this.options.fallbackLng&&!this.services.languageDetector&&!this.options.lng){let e=this.services.languageUtils.getFallbackCodes(this.options.fallbackLng);e.length>0&&e[0]!==`dev`&&(this.options.lng=e[0])}!this.services.languageDetector&&!this.options.lng&&this.logger.warn(`init: no languageDetector is used and no lng is defined`),[`getResource`,`hasResourceBundle`,`getResourceBundle`,`getDataByLanguage`].forEach(e=>{this[e]=(...t)=>this.store[e](...t)}),[`addResource`,`addResources`,`addResourceBundle`,`removeResourceBundle`].forEach(e=>{this[e]=(...t)=>(this.store[e](...t),this)});let s=o(),c=()=>{let e=(e,n)=>{this.isInitializing=!1,this.isInitialized&&!this.initializedStoreOnce&&this.logger.warn(`init: i18next is already initialized. You should call init just once!`),this.isInitialized=!0,this.options.isClone||this.logger.log(`initialized`,this.options),this.emit(`initialized`,this.options),s.resolve(n),t(e,n)};if((this.languages||this.isLanguageChangingTo)&&!this.isInitialized)return e(null,this.t.bind(this));this.changeLanguage(this.options.lng,e)};return this.options.resources||!this.options.initAsync?c():setTimeout(c,0),s}loadResources(e,t=B){let n=t,r=a(e)?e:this.language;if(typeof e==`function`&&(n=e),!this.options.resources||this.options.partialBundledLanguages){if(r?.toLowerCase()===`cimode`&&(!this.options.preload||this.options.preload.length===0))return n();let e=[],t=t=>{t&&t!==`cimode`&&this.services.languageUtils.toResolveHierarchy(t).forEach(t=>{t!==`cimode`&&(e.includes(t)||e.push(t))})};r?t(r):this.services.languageUtils.getFallbackCodes(this.options.fallbackLng).forEach(e=>t(e)),this.options.preload?.forEach?.(e=>t(e)),this.services.backendConnector.load(e,this.options.ns,e=>{!e&&!this.resolvedLanguage&&this.language&&this.setResolvedLanguage(this.language),n(e)})}else n(null)}reloadResources(e,t,n){let r=o();if(typeof e==`function`&&(n=e,e=void 0),typeof t==`function`&&(n=t,t=void 0),!e){let t=Object.keys(this.services.backendConnector.state).map(e=>e.split(`|`)[0]);e=[...new Set([...this.languages||[],...t])].filter(e=>e!==`cimode`)}return t||=this.options.ns,n||=B,this.services.backendConnector.reload(e,t,e=>{r.resolve(),n(e)}),r}use(e){if(!e)throw Error(`You are passing an undefined module! Please check the object you are passing to i18next.use()`);if(!e.type)throw Error(`You are passing a wrong module! Please check the object you are passing to i18next.use()`);let t=t=>{if(this.modules[t]&&this.modules[t]!==e){let e=`use: this ${t} replaces the ${t} passed to an earlier use() call; only one ${t} is used per instance`;this.isInitializing||this.isInitialized?this.logger.warn(e):(this.pendingWarnings=this.pendingWarnings||[]).push(e)}this.modules[t]=e};return e.type===`backend`&&t(`backend`),(e.type===`logger`||e.log&&e.warn&&e.error)&&(this.modules.logger=e),e.type===`languageDetector`&&t(`languageDetector`),e.type===`i18nFormat`&&t(`i18nFormat`),e.type===`postProcessor`&&(P.addPostProcessor(e),this.services.ownPostProcessors?.add(e.name)),e.type===`formatter`&&t(`formatter`),e.type===`3rdParty`&&this.modules.external.push(e),this}hydrate(e,t){return this.options.isClone?this:this.services.resourceStore?(e&&!this.initializedStoreOnce&&(this.services.resourceStore.data=e,Object.values(e).forEach(e=>{Object.keys(e).forEach(e=>{this.options.ns.includes(e)||this.options.ns.push(e)})}),this.initializedStoreOnce=!0,this.isInitialized=!0),t&&!this.initializedLanguageOnce&&(this.changeLanguage(t),this.initializedLanguageOnce=!0),this):(this.logger.warn(`hydrate: call init() first, the instance has no resource store yet`),this)}setResolvedLanguage(e){if(e&&this.languages&&![`cimode`,`dev`].includes(e)){for(let e=0;e<this.languages.length;e++){let t=this.languages[e];if(![`cimode`,`dev`].includes(t)&&this.store.hasLanguageSomeTranslations(t)){this.resolvedLanguage=t;break}}!this.resolvedLanguage&&!this.languages.includes(e)&&this.store.hasLanguageSomeTranslations(e)&&(this.resolvedLanguage=e,this.languages.unshift(e))}}changeLanguage(e,t){this.isLanguageChangingTo=e;let n=o();this.emit(`languageChanging`,e);let r=e=>{this.language=e,this.languages=this.services.languageUtils.toResolveHierarchy(e),this.resolvedLanguage=void 0,this.setResolvedLanguage(e)},i=(i,a)=>{a?this.isLanguageChangingTo===e&&(r(a),this.translator.changeLanguage(a),this.isLanguageChangingTo=void 0,this.emit(`languageChanged`,a),this.logger.log(`languageChanged`,a)):this.isLanguageChangingTo=void 0,n.resolve((...e)=>this.t(...e)),t&&t(i,(...e)=>this.t(...e))},s=t=>{!e&&!t&&this.services.languageDetector&&(t=[]);let n=a(t)?t:t&&t[0],o=this.store.hasLanguageSomeTranslations(n)?n:this.services.languageUtils.getBestMatchFromCodes(a(t)?[t]:t);o&&this.logger.debug&&!c(o)&&![].concat(this.options.supportedLngs||[],this.services.languageUtils.getFallbackCodes(this.options.fallbackLng,o),this.options.preload||[]).includes(o)&&!Object.prototype.hasOwnProperty.call(this.store.data,o)&&this.logger.once(`lng:${o}`,`deprecate`,`changeLanguage: the language code '${o.slice(0,64)}' comes from lng, changeLanguage() or the language detector and is not configured; from v27 such a code is refused unless it has only letters, digits, '-', '_', '@' and '.' (no '..'), at most 128 characters. Set supportedLngs, or check the code before passing it on`),o&&(this.language||r(o),this.translator.language||this.translator.changeLanguage(o),this.services.languageDetector?.cacheUserLanguage?.(o)),this.loadResources(o,e=>{i(e,o)})};if(!e&&this.services.languageDetector&&!this.services.languageDetector.async)s(this.services.languageDetector.detect());else if(!e&&this.services.languageDetector&&this.services.languageDetector.async){let e=l(this.services.languageDetector);e===!1||e===void 0&&this.services.languageDetector.detect.length===0?this.services.languageDetector.detect().then(s):this.services.languageDetector.detect(s)}else s(e);return n}getFixedT(e,t,n,r){let i=r?.scopeNs,o=(e,t,...r)=>{let a;a=typeof t==`object`?{...t}:this.options.overloadTranslationOptionHandler([e,t].concat(r)),a.lng=a.lng||o.lng,a.lngs=a.lngs||o.lngs;let s=a.ns!==void 0&&a.ns!==null;a.ns=a.ns||o.ns,a.keyPrefix!==``&&(a.keyPrefix=a.keyPrefix||n||o.keyPrefix);let c={...this.options,...a};Array.isArray(i)&&!s&&(c.ns=i),typeof a.keyPrefix==`function`&&(a.keyPrefix=I(a.keyPrefix,c));let l=this.options.keySeparator||`.`,u;return a.keyPrefix&&Array.isArray(e)?u=e.map(e=>(typeof e==`function`&&(e=I(e,c)),`${a.keyPrefix}${l}${e}`)):(typeof e==`function`&&(e=I(e,c)),u=a.keyPrefix?`${a.keyPrefix}${l}${e}`:e),this.t(u,a)};return a(e)?o.lng=e:o.lngs=e,o.ns=t,o.keyPrefix=n,o}t(...e){return this.translator?this.translator.translate(...e):(this.logger.warn(`t: called before init(); returning an empty string`),``)}exists(...e){return this.translator?.exists(...e)}setDefaultNamespace(e){this.options.defaultNS=e}hasLoadedNamespace(e,t={}){if(!this.isInitialized)return this.logger.warn(`hasLoadedNamespace: i18next was not initialized`,this.languages),!1;if(!this.languages||!this.languages.length)return this.logger.warn(`hasLoadedNamespace: i18n.languages were undefined or empty`,this.languages),!1;let n=t.lng||this.resolvedLanguage||this.languages[0],r=this.options?this.options.fallbackLng:!1,i=this.languages[this.languages.length-1];if(n.toLowerCase()===`cimode`)return!0;let a=(e,t)=>{let n=this.services.backendConnector.state[`${e}|${t}`];return n===-1||n===0||n===2};if(t.precheck){let e=t.precheck(this,a);if(e!==void 0)return e}if(this.hasResourceBundle(n,e)||!this.services.backendConnector.backend||this.options.resources&&!this.options.partialBundledLanguages)return!0;let{languageUtils:o}=this.services,s=t.lng?o.isSupportedCode(n)&&o.toResolveHierarchy(n,!1)[0]:n;return!(s&&!a(s,e)||r&&!a(i,e))}loadNamespaces(e,t){let n=o();return this.options.ns?(a(e)&&(e=[e]),e.forEach(e=>{this.options.ns.includes(e)||this.options.ns.push(e)}),this.loadResources(e=>{n.resolve(),t&&t(e)}),n):(t&&t(),Promise.resolve())}loadLanguages(e,t){let n=o();a(e)&&(e=[e]);let r=this.options.preload||[],i=e.filter(e=>!r.includes(e)&&this.services.languageUtils.isSupportedCode(e));return i.length?(this.options.preload=r.concat(i),this.loadResources(e=>{n.resolve(),t&&t(e)}),n):(t&&t(),Promise.resolve())}dir(e){if(e||=this.resolvedLanguage||(this.languages?.length>0?this.languages[0]:this.language),!e)return`ltr`;try{let t=new Intl.Locale(e);if(t&&t.getTextInfo){let e=t.getTextInfo();if(e&&e.direction)return e.direction}}catch{}let t=`ar.shu.sqr.ssh.xaa.yhd.yud.aao.abh.abv.acm.acq.acw.acx.acy.adf.ads.aeb.aec.afb.ajp.apc.apd.arb.arq.ars.ary.arz.auz.avl.ayh.ayl.ayn.ayp.bbz.pga.he.iw.ps.pbt.pbu.pst.prp.prd.ug.ur.ydd.yds.yih.ji.yi.hbo.men.xmn.fa.jpr.peo.pes.prs.dv.sam.ckb`.split(`.`),n=this.services?.languageUtils||new te(z());return e.toLowerCase().indexOf(`-latn`)>1?`ltr`:t.includes(n.getLanguagePartFromCode(e))||e.toLowerCase().indexOf(`-arab`)>1?`rtl`:`ltr`}static createInstance(t={},n){let r=new e(t,n);return r.createInstance=e.createInstance,r}cloneInstance(t={},n=B){let r=t.forkResourceStore;r&&(t={...t},delete t.forkResourceStore);let i={...this.options,preload:!1,...t,isClone:!0},a=new e(i);if((t.debug!==void 0||t.prefix!==void 0)&&(a.logger=a.logger.clone(t)),[`store`,`services`,`language`].forEach(e=>{a[e]=this[e]}),a.services={...this.services},a.services.utils={...a.services.utils,hasLoadedNamespace:a.hasLoadedNamespace.bind(a),reloadResources:a.reloadResources.bind(a)},r){let e=t=>{let n=Array.isArray(t)?[...t]:{...t};return Object.keys(n).forEach(t=>{n[t]&&typeof n[t]==`object`&&(n[t]=e(n[t]))}),n};a.store=new N(e(this.store.data),i),a.services.resourceStore=a.store}if(t.interpolation){let e={...z().interpolation,...this.options.interpolation,...t.interpolation},n={...i,interpolation:e};a.services.interpolator=new oe(n)}return a.translator=new R(a.services,i),a.translator.on(`*`,(e,...t)=>{a.emit(e,...t)}),a.init(i,n),a.translator.options=i,a.translator.backendConnector.newestCloneHasLoadedNamespace=a.hasLoadedNamespace.bind(a),a}toJSON(){return{options:this.options,store:this.store,language:this.language,languages:this.languages,resolvedLanguage:this.resolvedLanguage}}}.createInstance();H.createInstance,H.dir,H.init,H.loadResources,H.reloadResources,H.use,H.changeLanguage,H.getFixedT,H.t,H.exists,H.setDefaultNamespace,H.hasLoadedNamespace,H.loadNamespaces,H.loadLanguages;var he=(e,t,n,r)=>{let i=[n,{code:t,...r||{}}];if(e?.services?.logger?.forward)return e.services.logger.forward(i,`warn`,`react-i18next::`,!0);G(i[0])&&(i[0]=`react-i18next:: ${i[0]}`),e?.services?.logger?.warn?e.services.logger.warn(...i):console?.warn&&console.warn(...i)},ge={},U=(e,t,n,r)=>{G(n)&&ge[n]||(G(n)&&(ge[n]=new Date),he(e,t,n,r))},_e=(e,t)=>()=>{if(e.isInitialized)t();else{let n=()=>{setTimeout(()=>{e.off(`initialized`,n)},0),t()};e.on(`initialized`,n)}},W=(e,t,n)=>{e.loadNamespaces(t,_e(e,n))},ve=(e,t,n,r)=>{if(G(n)&&(n=[n]),e.options.preload&&e.options.preload.indexOf(t)>-1)return W(e,n,r);n.forEach(t=>{e.options.ns.indexOf(t)<0&&e.options.ns.push(t)}),e.loadLanguages(t,_e(e,r))},ye=(e,t,n={})=>!t.languages||!t.languages.length?(U(t,`NO_LANGUAGES`,`i18n.languages were undefined or empty`,{languages:t.languages}),!0):t.hasLoadedNamespace(e,{lng:n.lng,precheck:(t,r)=>{if(n.bindI18n&&n.bindI18n.indexOf(`languageChanging`)>-1&&t.services.backendConnector.backend&&t.isLanguageChangingTo&&!r(t.isLanguageChangingTo,e))return!1}}),G=e=>typeof e==`string`,be=e=>typeof e==`object`&&!!e,xe=/&(?:amp|#38|lt|#60|gt|#62|apos|#39|quot|#34|nbsp|#160|copy|#169|reg|#174|hellip|#8230|#x2F|#47);/g,Se={"&amp;":`&`,"&#38;":`&`,"&lt;":`<`,"&#60;":`<`,"&gt;":`>`,"&#62;":`>`,"&apos;":`'`,"&#39;":`'`,"&quot;":`"`,"&#34;":`"`,"&nbsp;":`\xA0`,"&#160;":`\xA0`,"&copy;":`©`,"&#169;":`©`,"&reg;":`®`,"&#174;":`®`,"&hellip;":`…`,"&#8230;":`…`,"&#x2F;":`/`,"&#47;":`/`},Ce=e=>Se[e],K={bindI18n:`languageChanged`,bindI18nStore:``,transEmptyNodeValue:``,transSupportBasicHtmlNodes:!0,transWrapTextNodes:``,transKeepBasicHtmlNodesFor:[`br`,`strong`,`i`,`p`],useSuspense:!0,unescape:e=>e.replace(xe,Ce),transDefaultProps:void 0},we=(e={})=>{K={...K,...e}},Te=()=>K,Ee,De=e=>{Ee=e},Oe=()=>Ee,ke=(0,i.createContext)(),Ae=class{constructor(){this.usedNamespaces={}}addUsedNamespaces(e){e.forEach(e=>{this.usedNamespaces[e]||(this.usedNamespaces[e]=!0)})}getUsedNamespaces(){return Object.keys(this.usedNamespaces)}},je=t((e=>{var t=r();function n(e,t){return e===t&&(e!==0||1/e==1/t)||e!==e&&t!==t}var i=typeof Object.is==`function`?Object.is:n,a=t.useState,o=t.useEffect,s=t.useLayoutEffect,c=t.useDebugValue;function l(e,t){var n=t(),r=a({inst:{value:n,getSnapshot:t}}),i=r[0].inst,l=r[1];return s(function(){i.value=n,i.getSnapshot=t,u(i)&&l({inst:i})},[e,n,t]),o(function(){return u(i)&&l({inst:i}),e(function(){u(i)&&l({inst:i})})},[e]),c(n),n}function u(e){var t=e.getSnapshot;e=e.value;try{var n=t();return!i(e,n)}catch{return!0}}function d(e,t){return t()}var f=typeof window>`u`||window.document===void 0||window.document.createElement===void 0?d:l;e.useSyncExternalStore=t.useSyncExternalStore===void 0?f:t.useSyncExternalStore})),Me=t(((e,t)=>{t.exports=je()}))(),Ne={t:(e,t)=>{if(G(t))return t;if(be(t)&&G(t.defaultValue))return t.defaultValue;if(typeof e==`function`)return``;if(Array.isArray(e)){let t=e[e.length-1];return typeof t==`function`?``:t}return e},ready:!1},Pe=()=>()=>{},q=(e,t={})=>{let{i18n:n}=t,{i18n:r,defaultNS:a}=(0,i.useContext)(ke)||{},o=n||r||Oe();o&&!o.reportNamespaces&&(o.reportNamespaces=new Ae),o||U(o,`NO_I18NEXT_INSTANCE`,`useTranslation: You will need to pass in an i18next instance by using initReactI18next or by passing it via props or context. In monorepo setups, make sure there is only one instance of react-i18next.`);let s=(0,i.useMemo)(()=>({...Te(),...o?.options?.react,...t}),[o,t]),{useSuspense:c,keyPrefix:l,bindI18n:u,bindI18nStore:d}=s,f=e||a||o?.options?.defaultNS,p=G(f)?[f]:f||[`translation`],m=JSON.stringify(p),h=(0,i.useMemo)(()=>p,[m]);o?.reportNamespaces?.addUsedNamespaces?.(h);let g=(0,i.useRef)(0),_=(0,i.useCallback)(e=>{if(!o)return Pe;let t=()=>{g.current+=1,e()};return u&&o.on(u,t),d&&o.store.on(d,t),()=>{u&&u.split(` `).forEach(e=>o.off(e,t)),d&&d.split(` `).forEach(e=>o.store.off(e,t))}},[o,u,d]),v=(0,i.useRef)(),y=(0,i.useCallback)(()=>{if(!o)return Ne;let e=!!(o.isInitialized||o.initializedStoreOnce)&&h.every(e=>ye(e,o,s)),n=t.lng||o.language,r=g.current,i=typeof l==`function`?I(l,{...o.options,ns:h}):l,a=v.current;if(a&&a.i18n===o&&a.ready===e&&a.lng===n&&a.namespaces===h&&a.keyPrefix===i&&a.revision===r)return a;let c={t:o.getFixedT(n,s.nsMode===`fallback`?h:h[0],l,{scopeNs:h}),i18n:o,ready:e,lng:n,namespaces:h,keyPrefix:i,revision:r};return v.current=c,c},[o,h,l,s,t.lng]),[b,x]=(0,i.useState)(0),{t:S,ready:C}=(0,Me.useSyncExternalStore)(_,y,y),w;o&&c&&!C&&(w=new Promise(e=>{let n=()=>e();t.lng?ve(o,t.lng,h,n):W(o,h,n)}),{t:S,ready:C}=y()),(0,i.useEffect)(()=>{if(o&&!C&&!c){let e=()=>x(e=>e+1);t.lng?ve(o,t.lng,h,e):W(o,h,e)}},[o,t.lng,h,C,c,b]);let T=o||{},E=(0,i.useRef)(null),D=(0,i.useRef)(),O=e=>`${e.language}|${e.resolvedLanguage}|${e.languages?.join(`,`)}`,k=e=>{let t=Object.getOwnPropertyDescriptors(e);t.__original&&delete t.__original;let n=Object.create(Object.getPrototypeOf(e),t);if(!Object.prototype.hasOwnProperty.call(n,`__original`))try{Object.defineProperty(n,"__original",{value:e,writable:!1,enumerable:!1,configurable:!1})}catch{}return n},A=(0,i.useMemo)(()=>{let e=T,t=e&&O(e),n=e;e&&(E.current&&E.current.__original===e&&D.current===t?n=E.current:(n=k(e),E.current=n,D.current=t));let r=!C&&!c?(...e)=>(U(o,`USE_T_BEFORE_READY`,`useTranslation: t was called before ready. When using useSuspense: false, make sure to check the ready flag before using t.`),S(...e)):S,i=[r,n,C];return i.t=r,i.i18n=n,i.ready=C,i},[S,T,C,T.resolvedLanguage,T.language,T.languages]);if(o&&c&&!C){let e=!1;try{e=!1}catch{}throw e&&U(o,`SUSPENDED_WHILE_LOADING`,`useTranslation: suspended while translations are loading (useSuspense is true by default). Add a <Suspense> boundary above this component, or set react.useSuspense: false in the i18next init options. https://react.i18next.com/latest/usetranslation-hook`),w}return A},Fe={app:{name:`Latchkey`,pageTitle:`{{page}} – Latchkey`,skipToContent:`Skip to main content`,loading:`Loading…`,retry:`Try again`,cancel:`Cancel`,save:`Save`,saving:`Saving…`,sending:`Sending…`,working:`Working…`,close:`Close`,copy:`Copy`,copied:`Copied to the clipboard.`,copyFailed:`Could not copy: select the text and copy it yourself.`,actions:`Actions`},language:{label:`Language`,en:`English`,fr:`Français`,sv:`Svenska`},form:{errorSummaryTitle:`There is a problem`,email:`Email address`,emailInvalid:`Enter an email address like name@example.com`,optional:`optional`},signIn:{title:`Sign in`,login:`Email or username`,password:`Password`,submit:`Sign in`,submitting:`Signing in…`,cantSignIn:`Can't sign in?`,loginRequired:`Enter your email address or username`,passwordRequired:`Enter your password`,forgotPassword:`Forgot password?`,forgotUsername:`Forgot username?`,noAccount:`No account yet?`,signUp:`Create an account`},home:{title:`Your account`,greeting:`Signed in as {{name}}`,name:`Name`,email:`Email address`,username:`Username`,role:`Role`,memberSince:`Member since`,lastSignIn:`Last sign-in`,never:`Never`,signOut:`Sign out`,signingOut:`Signing out…`},role:{ADMIN:`Administrator`,USER:`User`},notFound:{title:`Page not found`,body:`There is no page at this address.`,home:`Go to the home page`},errors:{INVALID_INPUT:`Check the information you entered.`,INVALID_CREDENTIALS:`The email address, username or password is incorrect.`,ACCOUNT_LOCKED:`This account is locked. Reset your password or contact an administrator.`,PASSWORD_POLICY:`The password does not meet the requirements.`,PASSWORD_MISMATCH:`The passwords do not match.`,TOKEN_INVALID:`This link is not valid.`,TOKEN_EXPIRED:`This link has expired. Ask for a new one.`,RATE_LIMITED:`Too many attempts. Wait a moment and try again.`,NOT_FOUND:`We could not find what you asked for.`,ALREADY_EXISTS:`An account with these details already exists.`,REGISTRATION_CLOSED:`Registration is closed.`,UNAUTHENTICATED:`You need to sign in to do this.`,FORBIDDEN:`You are not allowed to do this.`,PASSWORD_CHANGE_REQUIRED:`You must change your password before you continue.`,INTERNAL:`Something went wrong on our side. Please try again.`,NETWORK:`Latchkey could not be reached. Check your connection and try again.`,UNKNOWN:`Something went wrong. Please try again.`},nav:{label:`Main`,admin:`Admin`,accountMenu:`account menu`,settings:`Settings`},forbidden:{title:`Not allowed`,body:`Your account does not have access to this page.`},pager:{previous:`Previous`,next:`Next`,page:`Page {{page}}`,total:`{{formatted}} in all`},locked:{title:`Your account is locked`,body:`After too many failed sign-in attempts in a row, the account was locked to keep it safe. Creating a new password unlocks it.`,question:`Do you want us to email a link to create a new password to the address on the account?`,confirm:`Yes, create my password`,sent:`If this account exists, we have emailed a link to create a new password to its address.`},forgotPassword:{title:`Forgot password?`,intro:`Enter the email address or the username of your account. We will email you a link to reset your password.`,submit:`Send reset email`,sentTitle:`Check your email`,sentBody:`If an account matches {{login}}, we have sent an email to its address with a link to reset your password. The link works once.`,checkSpam:`Be sure to check your spam folder too, as this email can sometimes end up there.`,tryAgain:`Didn't get it? Try again`,backToSignIn:`Back to sign in`},forgotUsername:{title:`Forgot username?`,intro:`Enter the email address of your account. We will email you your username.`,emailRequired:`Enter your email address`,submit:`Send my username`,sentTitle:`Check your email`,sentBody:`If an account uses {{email}}, we have sent its username to that address.`},password:{current:`Current password`,new:`New password`,confirm:`New password again`,currentRequired:`Enter your current password`,newRequired:`Enter a new password`,confirmRequired:`Enter the new password again`,mismatch:`The two passwords are not the same`,matches:`The passwords match`,doesNotMatchYet:`Not the same as the new password yet`,rulesTitle:`Passwords must:`,rulesUnavailable:`The password rules could not be loaded; they will be checked when you save.`,rule:{MIN_LENGTH:`Contain at least {{min}} characters`,MAX_LENGTH:`Contain at most {{max}} characters`,UPPERCASE:`Use an upper-case letter`,LOWERCASE:`Use a lower-case letter`,DIGIT:`Include a number`,SYMBOL:`Use a special character`,NOT_COMMON:`Not be a commonly used password`,NOT_PERSONAL:`Not contain your username or email`},state:{met:`done`,unmet:`not yet`,unknown:`checked when you save`},strength:`Strength:`,strengthEmpty:`Strength: type a password to see how strong it is.`,strengthLevel:{weak:`weak`,fair:`fair`,good:`good`,strong:`strong`}},resetPassword:{title:`Reset password`,intro:`Enter your new password, then type it again to confirm.`,submit:`Set password`,doneTitle:`Your password is set`,doneBody:`You can now sign in with your new password. For your safety, every other session and access token of the account was ended.`,expiredBody:`Reset links work for a limited time. Ask for a new one: it takes a minute.`,invalidBody:`This link has already been used, was replaced by a newer one, or is incomplete. Ask for a new one.`,newLink:`Send me a new link`},changePassword:{title:`Change password`,intro:`Enter your current password, then your new password twice.`,temporaryIntro:`You signed in with a temporary password. Choose your own password to continue: paste the temporary password as the current password, then type your new password twice.`,temporary:`Current password (the temporary one)`},audit:{when:`When`,what:`What`,actor:`By`,subject:`Account`,from:`From`,details:`Details`,type:{SIGN_IN_SUCCEEDED:`Signed in`,SIGN_IN_FAILED:`Failed sign-in`,SIGNED_OUT:`Signed out`,USER_CREATED:`Account created`,ACCOUNT_LOCKED:`Account locked`,ACCOUNT_UNLOCKED:`Account unlocked`,PASSWORD_CHANGED:`Password changed`,PASSWORD_RESET_REQUESTED:`Password reset requested`,PASSWORD_RESET_THROTTLED:`Password reset request held back`,PASSWORD_RESET:`Password reset`,TEMPORARY_PASSWORD_USED:`Temporary password used`,USERNAME_REMINDER_SENT:`Username reminder sent`,EMAIL_CHANGE_REQUESTED:`Email change requested`,EMAIL_CHANGED:`Email address changed`,EMAIL_VERIFIED:`Email address confirmed`,SIGNED_UP:`Signed up`,SECURITY_SETTINGS_UPDATED:`Security settings changed`,RATE_LIMITED:`Too many requests`,USER_UPDATED:`Account edited`,USER_DELETED:`Account deleted`,ADMIN_RESET_PASSWORD:`Password reset sent by an admin`,FORCED_SIGN_IN:`Forced sign-in`,SESSION_REVOKED:`Session signed out`,SIGNED_OUT_EVERYWHERE:`Signed out everywhere`,ACCESS_TOKEN_CREATED:`Access token created`,ACCESS_TOKEN_REVOKED:`Access token revoked`,ORGANIZATION_CREATED:`Organisation created`,ORGANIZATION_UPDATED:`Organisation renamed`,MEMBER_INVITED:`Member invited`,INVITATION_ACCEPTED:`Invitation accepted`,INVITATION_REVOKED:`Invitation revoked`,MEMBER_UPDATED:`Member's rights changed`,MEMBER_REMOVED:`Member removed`}},rights:{MANAGE_MEMBERS:`Add and manage users`,MANAGE_ORGANIZATION:`Manage the organisation`,VIEW_ORDERS:`View orders`,MANAGE_ORDERS:`Manage orders`,VIEW_BILLING:`View billing`,MANAGE_BILLING:`Manage billing`,USE_API:`Use the API`},org:{noRights:`No access rights`,title:`Organisation`,since:`Created`,members:`Members`,noMembers:`No members yet.`,memberSince:`Member since`,you:`you`,rightsLegend:`Access rights`,cannotGrant:`you do not hold this right`,addUser:`Add user`,whoLegend:`Who are you inviting?`,newUser:`New user`,existingUser:`Existing user`,newUserHint:`A person without a Latchkey account: they choose a username and password when they accept.`,existingUserHint:`A person who already has a Latchkey account: they accept with their current login (email or username and password), and access starts then.`,newUserEmail:`Email address of the new user`,existingUserEmail:`Email address of their account`,sendInvitation:`Send invitation`,invitationSent:`The invitation was sent to {{email}}. Access starts when it is accepted.`,manage:`Manage`,manageLabel:`Manage {{name}}`,manageTitle:`Manage {{name}}`,saveRights:`Save access rights`,rightsSaved:`The access rights of {{name}} were saved.`,deleteUser:`Delete user`,deleteTitle:`Delete {{name}} from {{org}}?`,deleteBody:`{{name}} loses access to {{org}} at once. Their Latchkey account stays.`,removed:`{{name}} was removed from the organisation.`,invitations:`Invitations`,noInvitations:`No invitations yet.`,sentAt:`Sent`,expiresAt:`Expires`,status:{PENDING:`pending`,ACCEPTED:`accepted`,REVOKED:`revoked`,EXPIRED:`expired`},revokeLabel:`Revoke the invitation to {{email}}`,revokeTitle:`Revoke the invitation to {{email}}?`,revokeBody:`The link in the email stops working.`,rename:`Rename the organisation`,renamed:`The organisation was renamed.`},profile:{title:`My profile`,sectionsNav:`Sections of my profile`,accountDetails:`Account details`,verified:`confirmed`,notVerified:`not confirmed`,saveName:`Save name`,nameSaved:`Your name was saved.`,passwordChanged:`Your password was changed. Your other sessions were signed out.`,emailTitle:`Email address`,emailIntro:`Your email address is {{email}}. To change it, enter the new address and your password: we will send a link to the new address, and the change happens when you open it.`,newEmail:`New email address`,newEmailRequired:`Enter the new email address`,sameEmail:`This is already your email address`,sendEmailLink:`Send confirmation link`,emailSent:`We sent a link to {{email}}. Your address changes when you open it.`,languageTitle:`Language`,language:`Language of the app and of your emails`,languageHint:`Emails from Latchkey are written in this language.`,languageSaved:`Your language was saved.`,sessionsTitle:`My sessions`,sessionsIntro:`Where your account is signed in. Sign out of any you do not recognise.`,thisDevice:`this device`,unknownDevice:`Unknown device`,ip:`IP address`,signedInAt:`Signed in`,lastSeen:`Last active`,expires:`Ends`,signOutSession:`Sign out`,signOutSessionLabel:`Sign out {{device}} ({{ip}})`,sessionRevoked:`That session was signed out.`,signOutEverywhere:`Sign out everywhere`,signOutEverywhereTitle:`Sign out everywhere?`,signOutEverywhereBody:`Every other session of your account ends, and every access token stops working. You stay signed in here.`,signedOutEverywhere:`Done. Other sessions ended: {{sessions}}. Access tokens revoked: {{tokens}}.`,activityTitle:`My activity`,activityIntro:`What you did and what was done to your account, newest first.`,activityPages:`Pages of my activity`,noActivity:`Nothing yet.`,organizationsTitle:`My organisations`,noOrganizations:`You are not a member of any organisation.`},tokens:{title:`My access tokens`,intro:`Access tokens let your scripts and integrations use the API as you. Treat them like passwords.`,none:`You have no access tokens.`,name:`Name`,nameHint:`A name to recognise the token by, such as the integration's.`,nameRequired:`Enter a name for the token`,created:`Created`,lastUsed:`Last used`,expires:`Expires`,noExpiry:`Never (until revoked)`,expiry:`Expiry date`,expiryHint:`Leave empty for a token that works until you revoke it.`,expiryInvalid:`Choose a date after today`,create:`Create token`,createTitle:`Create an access token`,createdTitle:`Your new token “{{name}}”`,createdBody:`Copy it now and store it safely: it will not be shown again.`,tokenLabel:`The new access token`,stored:`I have stored it`,revoke:`Revoke`,revokeLabel:`Revoke {{name}}`,revokeTitle:`Revoke “{{name}}”?`,revokeBody:`Anything that uses this token will stop working at once. This cannot be undone.`},confirmEmail:{title:`Confirm your new email address`,intro:`Press the button to make this your account's email address.`,button:`Confirm my new address`,done:`Done: your email address is now {{email}}.`,badLink:`Ask for a new link from your profile.`},verifyEmail:{title:`Confirm your email address`,intro:`Press the button to confirm that this email address is yours.`,button:`Confirm my email address`,done:`Thank you: {{email}} is confirmed.`,badLink:`Sign in and ask an administrator, or sign up again, for a new link.`},admin:{nav:{label:`Administration`,users:`Users`,organizations:`Organisations`,settings:`Security settings`,audit:`Audit log`,outbox:`Outbox`,playground:`GraphQL playground`},users:{title:`All users`,create:`Add user`,searchLabel:`Find users`,search:`Email, username or name`,searchButton:`Search`,sort:`Sort by`,sortBy:{EMAIL:`Email`,USERNAME:`Username`,NAME:`Name`,CREATED_AT:`Created`},direction:{ASC:`ascending`,DESC:`descending`},lockedOnly:`Locked accounts only`,none:`There are no users yet.`,noMatch:`No user matches. Try other words or clear the filters.`,count:`Users found: {{formatted}}`,created:`Created`,status:`Status`,action:`Action`,edit:`Edit`,editLabel:`Edit {{name}}`,pages:`Pages of users`,deleted:`The account {{email}} was deleted.`},newUser:{title:`Add user`,intro:`The person gets an email with a link to set their own password: you never see it.`,submit:`Create user`,created:`The account was created, and a link to set the password was emailed to {{email}}.`},user:{title:`User: {{name}}`,titleUnknown:`User`,back:`Back to all users`,actions:`Options for this account`,resetPassword:`Reset password`,forceSignIn:`Force sign-in`,lock:`Lock`,unlock:`Unlock`,delete:`Delete user`,editTitle:`Edit the account`,saved:`The account was saved.`,locale:`Language of emails`,emailRequired:`Enter an email address`,usernameRequired:`Enter a username`,locked:`locked`,active:`active`,mustChange:`(must change the temporary password)`,resetSent:`A password reset email was sent to {{email}}. You never see the password.`,lockedDone:`The account is locked: nobody can sign in to it until it is unlocked or its password is reset.`,unlocked:`The account is unlocked.`,sessions:`Sessions ({{sessions}}) and access tokens ({{tokens}})`,noSessions:`No live session and no access token.`,token:`Access token`,noOrganizations:`Not a member of any organisation.`,activity:`Activity`,activityPages:`Pages of activity`,forceTitle:`Force {{name}} to sign in again?`,forceBody:`This is for an account you think is in the wrong hands. At once:`,forceSessions:`every session ends: the person is signed out everywhere;`,forceTokens:`every access token is revoked: integrations that use them stop working;`,forceLinks:`every password reset link already sent stops working.`,forcePassword:`The password does not change.`,forced:`Done. Sessions ended: {{sessions}}. Access tokens revoked: {{tokens}}.`,deleteTitle:`Delete {{name}}?`,deleteBody:`The account {{email}} is deleted with its sessions and access tokens. Its audit trail stays. This cannot be undone.`},settings:{title:`Security settings`,updatedAt:`Last changed:`,saved:`The settings were saved.`,passwords:`Passwords and sign-up`,links:`Emailed links`,limits:`Limits`,lockout:`Lockout`,outOfRange:`Enter a whole number from {{min}} to {{max}}`,range:`From {{min}} to {{max}}.`,policy:{DEFAULT:`At least 9 characters with upper and lower case, a number and a special character`,NIST:`NIST SP 800-63B: at least 15 characters, no composition rules`},method:{LINK:`Email a link to choose a new password`,TEMPORARY_PASSWORD:`Email a temporary password, to change at the next sign-in`},field:{passwordPolicy:`Password rules`,resetMethod:`Forgotten passwords`,registrationOpen:`Anyone may create an account (sign-up is open)`,resetLinkLifetimeMinutes:`Reset link lifetime (minutes)`,setPasswordLinkLifetimeMinutes:`First-password link lifetime (minutes)`,resetRequestsPerHour:`Reset emails per account per hour`,resetMinIntervalSeconds:`Minimum time between two reset emails (seconds)`,adminResetsPerHour:`Resets an admin may send per hour`,ipRequestsPerMinute:`Sensitive requests per address per minute`,lockoutThreshold:`Failed sign-ins before the account locks`,lockoutMinutes:`Lock duration (minutes)`},hint:{passwordPolicy:`Every new password is also checked against common passwords and the account's names.`,resetMethod:`How a person who forgot their password gets back in.`,registrationOpen:`When off, only admins create accounts and sign-up says it is closed.`,resetLinkLifetimeMinutes:`How long a reset link or temporary password works (1440 = 24 hours).`,setPasswordLinkLifetimeMinutes:`How long the link sent to accounts made by an admin works.`,resetRequestsPerHour:`More requests get the same answer but send nothing.`,resetMinIntervalSeconds:`Requests closer together send nothing.`,adminResetsPerHour:`Per admin.`,ipRequestsPerMinute:`Sign-ins, resets, reminders, tokens, sign-ups and invitations together; 0 turns the limit off.`,lockoutThreshold:`In a row.`,lockoutMinutes:`0: until a reset or an admin unlocks it.`}},audit:{title:`Audit log`,type:`Event`,allTypes:`All events`,none:`No event.`,pages:`Pages of the audit log`},outbox:{title:`Outbox`,intro:`Every email Latchkey wrote, newest first. Without an SMTP server nothing is delivered: open the email here to follow its link.`,status:`Delivery`,all:`All`,state:{PENDING:`waiting`,SENT:`sent`,FAILED:`failed`},refresh:`Refresh`,none:`No email.`,to:`To`,written:`Written`,sent:`Sent`,attempts:`Attempts`,lastError:`Last error`,showBody:`Show the email`,pages:`Pages of the outbox`},organizations:{title:`Organisations`,none:`There are no organisations yet.`,members:`Members`,create:`Create an organisation`,createButton:`Create organisation`,nameRequired:`Enter a name`}},accept:{title:`Accept the invitation`,summary:`{{org}} invites {{email}} to join.`,rights:`Access rights:`,expires:`The invitation works until`,badLink:`This invitation link was already used, was revoked, has expired or is incomplete. Ask the person who invited you for a new one.`,newIntro:`To accept, create your account for {{email}}: choose a username and a password.`,passwordAgain:`Password again`,createAndJoin:`Create my account and join`,signInFirst:`{{email}} already has an account. Sign in with it first, then accept the invitation.`,signInToAccept:`Sign in to accept`,otherAccount:`You are signed in as {{current}}, but this invitation is for {{email}}.`,otherAccountHow:`Sign out from the menu, then open the link in the email again and sign in as {{email}}.`,existingIntro:`You are signed in as {{email}}: accept to get access now.`,accept:`Accept`},signUp:{title:`Create an account`,submit:`Create my account`,haveAccount:`Already have an account? Sign in`,doneTitle:`Check your email`,doneBody:`Your account is created. We sent a link to {{email}} to confirm the address; then sign in.`,closedBody:`Accounts are created by an administrator here. Ask yours for an invitation.`}};function Ie(e,t){if(e instanceof RegExp)return{keys:!1,pattern:e};var n,r,i,a,o=[],s=``,c=e.split(`/`);for(c[0]||c.shift();i=c.shift();)n=i[0],n===`*`?(o.push(n),s+=i[1]===`?`?`(?:/(.*))?`:`/(.*)`):n===`:`?(r=i.indexOf(`?`,1),a=i.indexOf(`.`,1),o.push(i.substring(1,~r?r:~a?a:i.length)),s+=~r&&!~a?`(?:/([^/]+?))?`:`/([^/]+?)`,~a&&(s+=(~r?`?`:``)+`\\`+i.substring(a))):s+=`/`+i;return{keys:o,pattern:RegExp(`^`+s+(t?`(?=$|/)`:`/?$`),`i`)}}var Le=i.useInsertionEffect,Re=typeof window<`u`&&window.document!==void 0&&window.document.createElement!==void 0?i.useLayoutEffect:i.useEffect,ze=Le||Re,J=e=>{let t=i.useRef([e,(...e)=>t[0](...e)]).current;return ze(()=>{t[0]=e}),t[1]},Be=[`popstate`,`pushState`,`replaceState`,`hashchange`],Y=[],Ve=()=>Y.forEach(e=>e()),He=e=>(Y.push(e)===1&&Be.forEach(e=>addEventListener(e,Ve)),()=>{Y=Y.filter(t=>t!==e),Y.length||Be.forEach(e=>removeEventListener(e,Ve))}),Ue=(e,t)=>(0,Me.useSyncExternalStore)(He,e,t),We=()=>location.search,Ge=({ssrSearch:e}={})=>Ue(We,e==null?We:()=>e),Ke=()=>location.pathname,qe=({ssrPath:e}={})=>Ue(Ke,e==null?Ke:()=>e),Je=(e,{replace:t=!1,state:n=null}={})=>history[t?`replaceState`:`pushState`](n,``,e),Ye=e=>[qe(e),Je],Xe=Symbol.for(`wouter_v3`);if(typeof history<`u`&&window[Xe]===void 0){for(let e of[`pushState`,`replaceState`]){let t=history[e];history[e]=function(){let n=t.apply(this,arguments),r=new Event(e);return r.arguments=arguments,dispatchEvent(r),n}}Object.defineProperty(window,Xe,{value:!0})}var Ze=(e=``)=>e===`/`?``:e,Qe=(e,t)=>e[0]===`~`?e.slice(1):Ze(t)+e,$e=(e,t)=>(e=et(Ze(e)),t=et(t),!e||(t.toLowerCase()+`/`).startsWith(e.toLowerCase()+`/`)?t.slice(e.length)||`/`:`~`+t),et=e=>{try{return e.includes(`%`)?decodeURI(e):e}catch{return e}},tt=e=>et(e[0]===`?`?e.slice(1):e),nt={hook:Ye,searchHook:Ge,parser:Ie,base:``,ssrPath:void 0,ssrSearch:void 0,ssrContext:void 0,hrefs:e=>e,aroundNav:(e,t,n)=>e(t,n)},rt=(0,i.createContext)(nt),X=()=>(0,i.useContext)(rt),it={},at=(0,i.createContext)(it),ot=()=>(0,i.useContext)(at),st=(e,t=e.base)=>$e(t,e.hook(e)[0]),ct=e=>{let[t,n]=e.hook(e);return[$e(e.base,t),J((t,r)=>e.aroundNav(n,Qe(t,e.base),r))]},lt=()=>ct(X()),ut=()=>{let e=X();return tt(e.searchHook(e))},dt=(e,t,n,r)=>{let{pattern:i,keys:a}=t instanceof RegExp?{pattern:t}:e(t||`*`,r),o=i.exec(n);if(!o)return[!1,null];let s={};for(let e=1;e<o.length;e++)s[e-1]=o[e];if(a)for(let e=0;e<a.length;e++)s[a[e]]=o[e+1];else Object.assign(s,o.groups);return r?[!0,s,o[0]]:[!0,s]},ft=({children:e,...t})=>{let n=X(),r=t.hook?nt:n,a=r;if(t.ssrPath){let[e,n=t.ssrSearch??``]=t.ssrPath.split(`?`);e&&(t.ssrSearch=n,t.ssrPath=e)}t.hrefs=t.hrefs??t.hook?.hrefs,t.searchHook=t.searchHook??t.hook?.searchHook;let o=(0,i.useRef)(r),s=o.current,c=s;for(let e in r){let n=e===`base`?r[e]+(t[e]??``):t[e]??r[e];n!==c[e]&&(s===c&&(o.current=c={...c}),c[e]=n),(n!==r[e]||n!==a[e])&&(a=c)}return(0,i.createElement)(rt.Provider,{value:a},e)},pt=({children:e,component:t},n)=>t?(0,i.createElement)(t,{params:n}):typeof e==`function`?e(n):e,mt=e=>{let t=(0,i.useRef)(it),n=t.current,r=Object.keys(e);return t.current=r.length!==Object.keys(n).length||r.some(t=>e[t]!==n[t])?e:n},ht=({path:e,nest:t,match:n,...r})=>{let a=X(),o=st(a),[s,c,l]=n??dt(a.parser,e,o,t),u=mt({...ot(),...c});if(!s)return null;let d=pt(r,u);return(0,i.createElement)(at.Provider,{value:u},l?(0,i.createElement)(ft,{base:l},d):d)},gt=(0,i.forwardRef)((e,t)=>{let n=X(),[r,a]=ct(n),{to:o=``,href:s=o,onClick:c,asChild:l,children:u,className:d,replace:f,state:p,transition:m,...h}=e;return h.onClick=J(t=>{t.ctrlKey||t.metaKey||t.altKey||t.shiftKey||t.button!==0||(c?.(t),t.defaultPrevented||(t.preventDefault(),a(s,e)))}),h.href=n.hrefs(s[0]===`~`?s.slice(1):n.base+s,n),d!==void 0&&(h.className=d?.call?d(r===s):d),t&&(h.ref=t),l&&(0,i.isValidElement)(u)?(0,i.cloneElement)(u,h):(0,i.createElement)(`a`,h,u)}),_t=(e,t=[])=>{if(Array.isArray(e))for(let n of e)_t(n&&n.type===i.Fragment?n.props.children:n,t);else t.push(e);return t},vt=({children:e,location:t})=>{let n=X(),r=st(n);for(let a of _t(e)){let e=0;if((0,i.isValidElement)(a)&&(e=dt(n.parser,a.props.path,t||r,a.props.nest))[0])return(0,i.cloneElement)(a,{match:e})}return null},yt=e=>{let{to:t,href:n=t}=e,r=X(),[,i]=ct(r),a=J(()=>i(t||n,e)),{ssrContext:o}=r;return Re(()=>{a()},[]),o&&(o.redirectTo=t),null},bt=`/graphql`,Z=class extends Error{code;errors;constructor(e,t,n=[]){super(t),this.name=`RequestError`,this.code=e,this.errors=n}};function xt(e){return e===401?`UNAUTHENTICATED`:e===403?`FORBIDDEN`:e===429?`RATE_LIMITED`:`INTERNAL`}var St=new Set;function Ct(e){return St.add(e),()=>{St.delete(e)}}function wt(e){for(let t of St)t(e);throw e}function Tt(e,...[t]){return Et(e.toString(),t)}async function Et(e,t,n){let r;try{r=await fetch(bt,{method:`POST`,credentials:`same-origin`,headers:{"Content-Type":`application/json`,Accept:`application/json`},body:JSON.stringify({query:e,variables:t??{}}),signal:n})}catch(e){if(e instanceof DOMException&&e.name===`AbortError`)throw e;wt(new Z(`NETWORK`,e instanceof Error?e.message:String(e)))}let i;try{i=await r.json()}catch{i=void 0}let a=i?.errors??[];if(a.length>0){let e=a[0];wt(new Z(e.extensions?.code??xt(r.status),e.message,a))}return r.ok&&i?.data!=null||wt(new Z(xt(r.status),`HTTP ${r.status}`)),i.data}function Dt(e,...[t]){let[n,r]=(0,i.useState)({loading:!0}),[a,o]=(0,i.useState)(0),s=JSON.stringify(t??{});(0,i.useEffect)(()=>{let t=new AbortController;return r(e=>({...e,loading:!0})),Et(e.toString(),JSON.parse(s),t.signal).then(e=>r({data:e,loading:!1}),e=>{t.signal.aborted||r({loading:!1,error:e instanceof Z?e:new Z(`INTERNAL`,String(e))})}),()=>t.abort()},[e,s,a]);let c=(0,i.useCallback)(()=>o(e=>e+1),[]),l=(0,i.useCallback)(()=>{r({loading:!0}),o(e=>e+1)},[]);return{...n,refetch:c,reload:l}}var Q=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},Ot={"\n  query AuditPeople($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on User {\n        id\n        name\n        username\n      }\n    }\n  }\n":new Q(`
    query AuditPeople($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on User {
      id
      name
      username
    }
  }
}
    `),"\n  query PasswordPolicy {\n    passwordPolicy {\n      preset\n      minLength\n      maxLength\n      rules\n    }\n  }\n":new Q(`
    query PasswordPolicy {
  passwordPolicy {
    preset
    minLength
    maxLength
    rules
  }
}
    `),"\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organizationName\n      rights\n      expiresAt\n      hasAccount\n    }\n  }\n":new Q(`
    query InvitationPreview($token: String!) {
  invitation(token: $token) {
    email
    organizationName
    rights
    expiresAt
    hasAccount
  }
}
    `),"\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      membership {\n        id\n        organization {\n          id\n          name\n        }\n      }\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    membership {
      id
      organization {
        id
        name
      }
    }
    user {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  query AdminUsers($first: Int, $after: Cursor, $where: UserWhereInput, $orderBy: UserOrder) {\n    users(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          username\n          name\n          role\n          createdAt\n          lastSignInAt\n          lockedAt\n        }\n      }\n    }\n  }\n":new Q(`
    query AdminUsers($first: Int, $after: Cursor, $where: UserWhereInput, $orderBy: UserOrder) {
  users(first: $first, after: $after, where: $where, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        email
        username
        name
        role
        createdAt
        lastSignInAt
        lockedAt
      }
    }
  }
}
    `),"\n  query AdminUser($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        id\n        email\n        username\n        name\n        role\n        locale\n        createdAt\n        lastSignInAt\n        lockedAt\n        emailVerifiedAt\n        mustChangePassword\n        sessions {\n          id\n          createdAt\n          lastSeenAt\n          ip\n          userAgent\n        }\n        accessTokens {\n          id\n          name\n          createdAt\n          lastUsedAt\n          expiresAt\n        }\n        memberships {\n          id\n          rights\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n":new Q(`
    query AdminUser($id: ID!) {
  node(id: $id) {
    ... on User {
      id
      email
      username
      name
      role
      locale
      createdAt
      lastSignInAt
      lockedAt
      emailVerifiedAt
      mustChangePassword
      sessions {
        id
        createdAt
        lastSeenAt
        ip
        userAgent
      }
      accessTokens {
        id
        name
        createdAt
        lastUsedAt
        expiresAt
      }
      memberships {
        id
        rights
        organization {
          id
          name
        }
      }
    }
  }
}
    `),"\n  query AuditEvents($first: Int, $after: Cursor, $where: AuditEventWhereInput) {\n    auditEvents(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          actorID\n          subjectID\n          ip\n          userAgent\n          createdAt\n          details {\n            key\n            value\n          }\n        }\n      }\n    }\n  }\n":new Q(`
    query AuditEvents($first: Int, $after: Cursor, $where: AuditEventWhereInput) {
  auditEvents(
    first: $first
    after: $after
    where: $where
    orderBy: {field: CREATED_AT, direction: DESC}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        type
        actorID
        subjectID
        ip
        userAgent
        createdAt
        details {
          key
          value
        }
      }
    }
  }
}
    `),"\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      id
      email
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        email\n        username\n        name\n        role\n        locale\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation UpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    user {
      id
      email
      username
      name
      role
      locale
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation DeleteUser($input: DeleteUserInput!) {\n    deleteUser(input: $input) {\n      deletedUserId\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation DeleteUser($input: DeleteUserInput!) {
  deleteUser(input: $input) {
    deletedUserId
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation LockUser($input: LockUserInput!) {\n    lockUser(input: $input) {\n      user {\n        id\n        lockedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation LockUser($input: LockUserInput!) {
  lockUser(input: $input) {
    user {
      id
      lockedAt
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation UnlockUser($input: UnlockUserInput!) {\n    unlockUser(input: $input) {\n      user {\n        id\n        lockedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation UnlockUser($input: UnlockUserInput!) {
  unlockUser(input: $input) {
    user {
      id
      lockedAt
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation AdminResetPassword($input: AdminResetPasswordInput!) {\n    adminResetPassword(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation AdminResetPassword($input: AdminResetPasswordInput!) {
  adminResetPassword(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation ForceSignIn($input: ForceSignInInput!) {\n    forceSignIn(input: $input) {\n      revokedSessions\n      revokedTokens\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation ForceSignIn($input: ForceSignInInput!) {
  forceSignIn(input: $input) {
    revokedSessions
    revokedTokens
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  query SecuritySettings {\n    securitySettings {\n      resetLinkLifetimeMinutes\n      setPasswordLinkLifetimeMinutes\n      resetRequestsPerHour\n      resetMinIntervalSeconds\n      adminResetsPerHour\n      ipRequestsPerMinute\n      lockoutThreshold\n      lockoutMinutes\n      resetMethod\n      registrationOpen\n      passwordPolicy\n      updatedAt\n    }\n  }\n":new Q(`
    query SecuritySettings {
  securitySettings {
    resetLinkLifetimeMinutes
    setPasswordLinkLifetimeMinutes
    resetRequestsPerHour
    resetMinIntervalSeconds
    adminResetsPerHour
    ipRequestsPerMinute
    lockoutThreshold
    lockoutMinutes
    resetMethod
    registrationOpen
    passwordPolicy
    updatedAt
  }
}
    `),"\n  mutation UpdateSecuritySettings($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      securitySettings {\n        resetLinkLifetimeMinutes\n        setPasswordLinkLifetimeMinutes\n        resetRequestsPerHour\n        resetMinIntervalSeconds\n        adminResetsPerHour\n        ipRequestsPerMinute\n        lockoutThreshold\n        lockoutMinutes\n        resetMethod\n        registrationOpen\n        passwordPolicy\n        updatedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation UpdateSecuritySettings($input: UpdateSecuritySettingsInput!) {
  updateSecuritySettings(input: $input) {
    securitySettings {
      resetLinkLifetimeMinutes
      setPasswordLinkLifetimeMinutes
      resetRequestsPerHour
      resetMinIntervalSeconds
      adminResetsPerHour
      ipRequestsPerMinute
      lockoutThreshold
      lockoutMinutes
      resetMethod
      registrationOpen
      passwordPolicy
      updatedAt
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  query Outbox($first: Int, $after: Cursor, $where: OutboxMessageWhereInput) {\n    outbox(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          toAddress\n          subject\n          textBody\n          status\n          attempts\n          lastError\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n":new Q(`
    query Outbox($first: Int, $after: Cursor, $where: OutboxMessageWhereInput) {
  outbox(
    first: $first
    after: $after
    where: $where
    orderBy: {field: CREATED_AT, direction: DESC}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        toAddress
        subject
        textBody
        status
        attempts
        lastError
        createdAt
        sentAt
      }
    }
  }
}
    `),"\n  query AdminOrganizations {\n    organizations {\n      id\n      name\n      createdAt\n      members {\n        id\n      }\n    }\n  }\n":new Q(`
    query AdminOrganizations {
  organizations {
    id
    name
    createdAt
    members {
      id
    }
  }
}
    `),"\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation CreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    organization {
      id
      name
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n        mustChangePassword\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    user {
      id
      mustChangePassword
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input) {\n      user {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {
  confirmEmailChange(input: $input) {
    user {
      id
      email
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      user {\n        id\n        email\n        emailVerifiedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation VerifyEmail($input: VerifyEmailInput!) {
  verifyEmail(input: $input) {
    user {
      id
      email
      emailVerifiedAt
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation RequestUsernameReminder($input: RequestUsernameReminderInput!) {\n    requestUsernameReminder(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation RequestUsernameReminder($input: RequestUsernameReminderInput!) {
  requestUsernameReminder(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  query Home {\n    me {\n      id\n      name\n      email\n      username\n      role\n      createdAt\n      lastSignInAt\n    }\n  }\n":new Q(`
    query Home {
  me {
    id
    name
    email
    username
    role
    createdAt
    lastSignInAt
  }
}
    `),"\n  mutation SignOut {\n    signOut {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation SignOut {
  signOut {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      createdAt\n      viewerRights\n      members {\n        id\n        rights\n        createdAt\n        user {\n          id\n          name\n          username\n          email\n        }\n      }\n    }\n  }\n":new Q(`
    query Organization($id: ID!) {
  organization(id: $id) {
    id
    name
    createdAt
    viewerRights
    members {
      id
      rights
      createdAt
      user {
        id
        name
        username
        email
      }
    }
  }
}
    `),"\n  query Invitations($id: ID!) {\n    organization(id: $id) {\n      id\n      invitations {\n        id\n        email\n        rights\n        status\n        createdAt\n        expiresAt\n        acceptedAt\n        revokedAt\n      }\n    }\n  }\n":new Q(`
    query Invitations($id: ID!) {
  organization(id: $id) {
    id
    invitations {
      id
      email
      rights
      status
      createdAt
      expiresAt
      acceptedAt
      revokedAt
    }
  }
}
    `),"\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitation {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    invitation {
      id
      email
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      membership {\n        id\n        rights\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation UpdateMember($input: UpdateMemberInput!) {
  updateMember(input: $input) {
    membership {
      id
      rights
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation RemoveMember($input: RemoveMemberInput!) {
  removeMember(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      invitation {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation RevokeInvitation($input: RevokeInvitationInput!) {
  revokeInvitation(input: $input) {
    invitation {
      id
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation UpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    organization {
      id
      name
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  query Profile {\n    me {\n      id\n      email\n      username\n      name\n      role\n      locale\n      createdAt\n      lastSignInAt\n      emailVerifiedAt\n      sessions {\n        id\n        createdAt\n        lastSeenAt\n        expiresAt\n        ip\n        userAgent\n        current\n      }\n      accessTokens {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n      memberships {\n        id\n        rights\n        createdAt\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n":new Q(`
    query Profile {
  me {
    id
    email
    username
    name
    role
    locale
    createdAt
    lastSignInAt
    emailVerifiedAt
    sessions {
      id
      createdAt
      lastSeenAt
      expiresAt
      ip
      userAgent
      current
    }
    accessTokens {
      id
      name
      createdAt
      lastUsedAt
      expiresAt
    }
    memberships {
      id
      rights
      createdAt
      organization {
        id
        name
      }
    }
  }
}
    `),"\n  query MyActivity($first: Int, $after: Cursor) {\n    me {\n      id\n      activity(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            type\n            actorID\n            subjectID\n            ip\n            userAgent\n            createdAt\n            details {\n              key\n              value\n            }\n          }\n        }\n      }\n    }\n  }\n":new Q(`
    query MyActivity($first: Int, $after: Cursor) {
  me {
    id
    activity(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          type
          actorID
          subjectID
          ip
          userAgent
          createdAt
          details {
            key
            value
          }
        }
      }
    }
  }
}
    `),"\n  mutation UpdateMe($input: UpdateMeInput!) {\n    updateMe(input: $input) {\n      user {\n        id\n        name\n        locale\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation UpdateMe($input: UpdateMeInput!) {
  updateMe(input: $input) {
    user {
      id
      name
      locale
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation RequestEmailChange($input: RequestEmailChangeInput!) {\n    requestEmailChange(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation RequestEmailChange($input: RequestEmailChangeInput!) {
  requestEmailChange(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation RevokeSession($input: RevokeSessionInput!) {
  revokeSession(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      revokedSessions\n      revokedTokens\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation SignOutEverywhere {
  signOutEverywhere {
    revokedSessions
    revokedTokens
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation CreateAccessToken($input: CreateAccessTokenInput!) {\n    createAccessToken(input: $input) {\n      token\n      accessToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation CreateAccessToken($input: CreateAccessTokenInput!) {
  createAccessToken(input: $input) {
    token
    accessToken {
      id
      name
      createdAt
      lastUsedAt
      expiresAt
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {\n    revokeAccessToken(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {
  revokeAccessToken(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    user {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n      }\n      mustChangePassword\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    user {
      id
    }
    mustChangePassword
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation RequestReset($input: RequestResetInput!) {\n    requestReset(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation RequestReset($input: RequestResetInput!) {
  requestReset(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n":new Q(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    user {
      id
      email
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `),"\n  query Viewer {\n    me {\n      id\n      email\n      username\n      name\n      role\n      locale\n      mustChangePassword\n    }\n  }\n":new Q(`
    query Viewer {
  me {
    id
    email
    username
    name
    role
    locale
    mustChangePassword
  }
}
    `)};function kt(e){return Ot[e]??{}}var At={home:`/`,signIn:`/sign-in`,signUp:`/sign-up`,forgotPassword:`/forgot-password`,forgotUsername:`/forgot-username`,resetPassword:`/reset-password`,changePassword:`/change-password`,verifyEmail:`/verify-email`,confirmEmail:`/confirm-email`,acceptInvitation:`/accept-invitation`,profile:`/profile`,organization:`/organizations/:id`,adminUsers:`/admin/users`,adminNewUser:`/admin/users/new`,adminUser:`/admin/users/:id`,adminSettings:`/admin/settings`,adminAudit:`/admin/audit`,adminOutbox:`/admin/outbox`,adminOrganizations:`/admin/organizations`,playground:`/playground`},jt=e=>`/organizations/${encodeURIComponent(e)}`,Mt=e=>`/admin/users/${encodeURIComponent(e)}`,Nt=t((e=>{var t=Symbol.for(`react.transitional.element`),n=Symbol.for(`react.fragment`);function r(e,n,r){var i=null;if(r!==void 0&&(i=``+r),n.key!==void 0&&(i=``+n.key),`key`in n)for(var a in r={},n)a!==`key`&&(r[a]=n[a]);else r=n;return n=r.ref,{$$typeof:t,type:e,key:i,ref:n===void 0?null:n,props:r}}e.Fragment=n,e.jsx=r,e.jsxs=r})),Pt=t(((e,t)=>{t.exports=Nt()}));function Ft(e){return typeof e==`string`&&Object.prototype.hasOwnProperty.call(Fe.errors,e)}function It(e,t){return Ft(t.code)?e(`errors.${t.code}`):t.message?t.message:e(`errors.UNKNOWN`)}var $=Pt();function Lt({label:e}){let{t}=q();return(0,$.jsxs)(`p`,{className:`status`,role:`status`,children:[(0,$.jsx)(`span`,{className:`spinner`,"aria-hidden":`true`}),e??t(`app.loading`)]})}function Rt({error:e,retry:t}){let{t:n}=q();return(0,$.jsxs)(`div`,{className:`notice notice-error`,role:`alert`,children:[(0,$.jsx)(`p`,{children:It(n,e??{code:`UNKNOWN`})}),t&&(0,$.jsx)(`button`,{type:`button`,className:`button button-secondary`,onClick:t,children:n(`app.retry`)})]})}function zt({children:e,tone:t=`success`}){return(0,$.jsx)(`div`,{className:`notice notice-${t}`,role:`status`,children:e})}function Bt({children:e}){return(0,$.jsx)(`p`,{className:`empty`,children:e})}var Vt=typeof window>`u`?``:window.location.href,Ht=!1;function Ut({children:e}){let t=(0,i.useRef)(null);return(0,i.useEffect)(()=>{window.location.href!==Vt&&(Ht=!0),Ht&&t.current?.focus()},[]),(0,$.jsx)(`h1`,{ref:t,tabIndex:-1,children:e})}function Wt(e){let{t}=q(),n=t(`app.pageTitle`,{page:e});(0,i.useEffect)(()=>{document.title=n},[n])}export{ut as C,we as D,De as E,H as O,ot as S,q as T,gt as _,Lt as a,vt as b,Pt as c,At as d,kt as f,Dt as g,Tt as h,Rt as i,r as k,Mt as l,Ct as m,Ut as n,zt as o,Z as p,Bt as r,It as s,Wt as t,jt as u,yt as v,Fe as w,lt as x,ht as y};